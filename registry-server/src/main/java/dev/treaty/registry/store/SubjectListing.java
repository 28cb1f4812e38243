package dev.treaty.registry.store;

/**
 * What the web UI's subject list asks the store for: a case-insensitive part of the name (blank
 * for any), a format (null for any), whether fully soft-deleted subjects count, newest first or by
 * name, and the page. {@link #whole()} drops the page, for filters the store cannot apply.
 */
public record SubjectListing(String name, String format, boolean includeDeleted, boolean byUpdated, long offset, int limit) {

  public SubjectListing whole() {
    return new SubjectListing(name, format, includeDeleted, byUpdated, 0, Integer.MAX_VALUE);
  }
}
