package dev.treaty.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** What {@code GET /v1/metadata/version} says about the registry's build. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ServerVersion(String version, String commitId) {}
