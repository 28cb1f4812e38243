select last_id from context_counters where context = :context for update
