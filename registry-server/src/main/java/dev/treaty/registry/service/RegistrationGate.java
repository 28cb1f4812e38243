package dev.treaty.registry.service;

import dev.treaty.compatibility.ParsedSchema;
import dev.treaty.registry.store.StoreSession;

/**
 * A second opinion on a registration once the subject's compatibility level has judged it (the
 * contract gate: consumers deployed in an environment). A compatibility check asks the same
 * question through {@link #judge} and so answers what registration would; only a registration
 * records the outcome. Called inside the caller's transaction; implementations must be thread-safe.
 */
public interface RegistrationGate {

  /** Leaves every verdict to the compatibility level. */
  RegistrationGate NONE = (session, subject, proposed, levelVerdict) -> levelVerdict;

  /**
   * Returns the verdict that decides: {@code levelVerdict} itself, or one that replaces it (a
   * refusal the level would allow, or an allowance the level would refuse), its judge saying so.
   * Records nothing.
   */
  CompatibilityVerdict judge(StoreSession session, String subject, ParsedSchema proposed, CompatibilityVerdict levelVerdict);

  /**
   * Records what must be remembered of a registration {@link #judge} let in, once it has its
   * version and schema id (an override: an event, and a mark on the version); nothing by default.
   */
  default void record(
      StoreSession session, String subject, int version, int schemaId, CompatibilityVerdict verdict, String actor) {}
}
