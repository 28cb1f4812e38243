alter sequence schema_ids restart with <next>
