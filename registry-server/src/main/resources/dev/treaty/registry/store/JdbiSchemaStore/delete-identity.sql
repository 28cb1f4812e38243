delete from schema_identities where schema_id = :id
