package dev.treaty.compatibility;

/** Which way a pair was checked, relative to the proposed schema. */
public enum Direction {
  /** The proposed schema reads data written with an existing version. */
  BACKWARD,
  /** An existing version reads data written with the proposed schema. */
  FORWARD
}
