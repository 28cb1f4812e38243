delete from schema_references where schema_id = :id
