package dev.treaty.compatibility;

/**
 * Which of the two compared schemas a finding's location points into: the existing one the user
 * started from, or the proposed one. A deleted field is only in the old schema, so an annotation of
 * its deletion belongs on the old file.
 */
public enum Side {
  OLD,
  NEW
}
