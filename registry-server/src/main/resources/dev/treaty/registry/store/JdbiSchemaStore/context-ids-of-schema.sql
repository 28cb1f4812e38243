select context, id from context_schema_ids where schema_id = :schemaId order by context
