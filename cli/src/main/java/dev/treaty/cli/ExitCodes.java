package dev.treaty.cli;

/** What the command's exit status means, for scripts and CI. */
final class ExitCodes {

  /** Done; compatible. */
  static final int OK = 0;
  /** Incompatible (check, diff, register refused). */
  static final int INCOMPATIBLE = 1;
  /** Bad usage or input: unknown option, unreadable file, invalid schema, unknown subject. */
  static final int INPUT = 2;
  /** The registry could not be reached or failed. */
  static final int REGISTRY = 3;

  private ExitCodes() {}
}
