delete from context_schema_ids where schema_id = :id
