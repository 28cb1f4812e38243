package dev.treaty.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** One id a schema GUID has, in its context ({@code "."} is the default one): {@code GET /schemas/guids/{guid}/ids}. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ContextId(String context, int id) {}
