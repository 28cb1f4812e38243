select schema_id from schema_identities where identity = :identity
