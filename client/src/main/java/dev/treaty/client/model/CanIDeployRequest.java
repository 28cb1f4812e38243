package dev.treaty.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Body of a recorded can-i-deploy ({@code POST /treaty/v1/can-i-deploy}): the same question as the
 * GET's query ({@code environment}, or {@code latest} true), asked by a pipeline that wants the
 * answer kept in the events feed; {@code buildUrl} links the event to the run that asked.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record CanIDeployRequest(
    String application, String version, String environment, Boolean latest, Boolean requireVerification,
    String buildUrl) {}
