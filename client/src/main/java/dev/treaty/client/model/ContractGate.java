package dev.treaty.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A subject's contract gate: new schemas of the subject are judged by the consumers deployed in
 * {@code environment} instead of by the compatibility level alone.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ContractGate(String environment) {}
