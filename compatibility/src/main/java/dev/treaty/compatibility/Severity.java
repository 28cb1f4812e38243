package dev.treaty.compatibility;

/** Whether a change breaks the reader, under the rules and options it was checked with. */
public enum Severity {
  BREAKING,
  SAFE
}
