insert into schemas (id, schema_type, schema_text, identity, guid, metadata_json, rule_set_json, created_at)
values (:id, :schemaType, :text, :identity, :guid, :metadata, :ruleSet, :createdAt)
