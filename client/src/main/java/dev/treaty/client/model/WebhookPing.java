package dev.treaty.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** What a webhook's receiver answered to a test request ({@code webhook.ping}). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record WebhookPing(String id, boolean delivered, Integer statusCode, long latencyMs, String error) {}
