package dev.treaty.registry.store;

import org.jdbi.v3.core.Handle;

/**
 * Fresh schema ids from the {@code schema_ids} sequence, kept above the floor that imported ids
 * set. Taking an id locks nothing; only raising the sequence (after an import, or once after the
 * upgrade that introduced it) differs between H2 and PostgreSQL.
 */
enum IdSequence {
  H2 {
    @Override
    void raiseAbove(Handle handle, int floor) {
      long next = handle.createQuery(Sql.named("sequence-next-h2")).mapTo(Long.class).one();
      if (next <= floor) {
        // DDL, but H2 applies it without ending the transaction; the value is an int, not text
        handle.createUpdate(Sql.named("raise-sequence-h2")).define("next", floor + 1).execute();
      }
    }
  },
  POSTGRESQL {
    @Override
    void raiseAbove(Handle handle, int floor) {
      handle.createQuery(Sql.named("raise-sequence-postgresql")).bind("value", floor).mapTo(Long.class).list();
    }
  };

  // Bounded: each round raises the sequence past the floor it saw, so only imports racing this
  // very call can send it round again.
  private static final int ROUNDS = 8;

  static IdSequence of(String jdbcUrl) {
    return jdbcUrl.startsWith("jdbc:h2:") ? H2 : POSTGRESQL;
  }

  /** A new id above every imported one; the schemas primary key still catches any collision. */
  int next(Handle handle) {
    for (int round = 0; round < ROUNDS; round++) {
      var next = handle.createQuery(Sql.named("next-schema-id"))
          .map((rs, ctx) -> new long[] {rs.getLong("next_id"), rs.getLong("floor_id")})
          .one();
      if (next[0] > next[1]) {
        return Math.toIntExact(next[0]);
      }
      raiseAbove(handle, Math.toIntExact(next[1]));
    }
    throw new IllegalStateException("The schema id sequence stays below the imported ids");
  }

  /** Makes the next fresh id larger than {@code floor}. */
  abstract void raiseAbove(Handle handle, int floor);
}
