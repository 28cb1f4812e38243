update context_counters set last_id = greatest(last_id, :value) where context = :context
