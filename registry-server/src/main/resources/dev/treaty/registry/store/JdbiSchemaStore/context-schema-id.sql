select schema_id from context_schema_ids where context = :context and id = :id
