select nextval('context_schema_rows')
