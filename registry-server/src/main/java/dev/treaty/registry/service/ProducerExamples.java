package dev.treaty.registry.service;

import dev.treaty.compatibility.ParsedSchema;
import dev.treaty.registry.store.StoreSession;
import java.util.List;

/**
 * The example events producers' contracts carry for a schema of a subject (the contracts side),
 * offered beside the generated samples of that schema. Called inside the caller's transaction;
 * implementations must be thread-safe.
 */
public interface ProducerExamples {

  /** No contracts, so no examples. */
  ProducerExamples NONE = (session, subject, schema) -> List.of();

  /** The examples of every contract that produces {@code subject} with exactly {@code schema}. */
  List<Samples.Example> of(StoreSession session, String subject, ParsedSchema schema);
}
