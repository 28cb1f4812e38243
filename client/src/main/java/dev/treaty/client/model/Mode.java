package dev.treaty.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/** Body of the mode endpoints: {@code READWRITE}, {@code READONLY}, {@code READONLY_OVERRIDE}, {@code IMPORT} or {@code FORWARD}. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonIgnoreProperties(ignoreUnknown = true)
public record Mode(String mode) {}
