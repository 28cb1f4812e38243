select setval('schema_ids', :value) from schema_ids where :value > last_value
