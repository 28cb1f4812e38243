insert into schema_identities (identity, schema_id) values (:identity, :id)
