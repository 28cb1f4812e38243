update counters set counter_value = greatest(counter_value, :value) where name = 'schema_id'
