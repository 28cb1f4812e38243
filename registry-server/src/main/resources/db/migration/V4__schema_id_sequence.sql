-- Fresh schema ids come from a sequence, which hands out unique values without a lock that every
-- registration waits for (the counters row was one). Ids may have gaps, as Confluent's may.
-- The counters row stays as the floor set by imported ids: the sequence is raised above it
-- whenever it falls behind, which also carries over the ids handed out before this migration.
create sequence schema_ids start with 1;
