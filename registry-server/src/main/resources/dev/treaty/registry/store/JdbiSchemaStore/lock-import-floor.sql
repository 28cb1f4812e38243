select counter_value from counters where name = 'schema_id' for update
