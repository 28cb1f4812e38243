insert into context_schema_ids (context, id, schema_id) values (:context, :id, :schemaId)
