update counters set counter_value = counter_value + 1 where name = 'settings'
