package dev.treaty.registry.webhooks;

import java.util.List;
import java.util.Map;

/**
 * The body of a create or update. On update a field left out keeps its value; an empty string
 * clears a filter. {@code secret} or {@code secrets} set the signing secrets (generated when a new
 * webhook has none); {@code rotateSecret} adds a generated one beside the current ones.
 */
public record WebhookRequest(
    String url, List<String> eventTypes, String subjectPrefix, String application, String environment, String secret,
    List<String> secrets, Map<String, String> headers, String format, String description, Boolean enabled,
    Boolean rotateSecret) {}
