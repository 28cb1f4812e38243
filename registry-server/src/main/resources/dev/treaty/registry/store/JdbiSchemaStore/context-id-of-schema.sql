select id from context_schema_ids where context = :context and schema_id = :schemaId
