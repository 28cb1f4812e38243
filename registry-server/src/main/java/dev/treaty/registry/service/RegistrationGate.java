package dev.treaty.registry.service;

import dev.treaty.compatibility.ParsedSchema;
import dev.treaty.registry.store.StoreSession;

/**
 * A second opinion on a registration once the subject's compatibility level has judged it (the
 * contract gate: consumers deployed in an environment). Called inside the registration's
 * transaction, while the subject is locked. Implementations must be thread-safe.
 */
public interface RegistrationGate {

  /** Leaves every verdict to the compatibility level. */
  RegistrationGate NONE = (session, subject, proposed, levelVerdict, actor) -> levelVerdict;

  /**
   * Returns the verdict that decides the registration: {@code levelVerdict} itself, or one that
   * replaces it (a refusal the level would allow, or an allowance the level would refuse, which the
   * gate records in the events feed through {@code session}).
   */
  CompatibilityVerdict decide(
      StoreSession session, String subject, ParsedSchema proposed, CompatibilityVerdict levelVerdict, String actor);
}
