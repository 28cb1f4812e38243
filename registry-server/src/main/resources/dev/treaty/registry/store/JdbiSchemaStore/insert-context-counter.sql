insert into context_counters (context, last_id) values (:context, 0)
