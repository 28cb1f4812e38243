select nextval('schema_ids') as next_id,
       (select counter_value from counters where name = 'schema_id') as floor_id
