package dev.treaty.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An application version that produces or consumes a deprecated subject or version.
 *
 * @param role {@code produces} or {@code consumes}
 * @param subjectVersion the registered version the contract uses, or {@code null} for an inline schema
 * @param sunset the sunset day ({@code YYYY-MM-DD}), or {@code null}
 * @param replacement what replaces it ({@code SUBJECT[@VERSION]}), or {@code null}
 * @param pastSunset whether the sunset has come: can-i-deploy then refuses
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record DeprecatedUse(
    String application, String version, String role, String subject, Integer subjectVersion, String reason,
    String sunset, String replacement, boolean pastSunset) {}
