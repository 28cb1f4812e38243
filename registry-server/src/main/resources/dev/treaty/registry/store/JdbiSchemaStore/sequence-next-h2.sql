select base_value from information_schema.sequences where sequence_name = 'schema_ids'
