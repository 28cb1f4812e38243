package dev.treaty.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** A (subject, version) pair. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SubjectVersion(String subject, int version) {}
