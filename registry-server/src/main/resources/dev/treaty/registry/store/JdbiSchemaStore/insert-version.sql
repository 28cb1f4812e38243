insert into subject_versions (subject, version, schema_id, deleted, created_at)
values (:subject, :version, :id, false, :createdAt)
