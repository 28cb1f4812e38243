insert into subject_versions (subject, version, schema_id, deleted, created_at, has_references)
values (:subject, :version, :id, false, :createdAt,
        exists (select 1 from schema_references r where r.schema_id = :id))
