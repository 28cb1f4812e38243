package dev.treaty.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What the catalog says about an application: who owns it (a person or team, free text) and what it
 * does; either may be {@code null}. As a request body the name is taken from the path.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record Application(String name, String owner, String description) {}
