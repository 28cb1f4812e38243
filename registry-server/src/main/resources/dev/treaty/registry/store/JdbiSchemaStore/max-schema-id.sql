select greatest((select counter_value from counters where name = 'schema_id'), (select coalesce(max(id), 0) from schemas))
