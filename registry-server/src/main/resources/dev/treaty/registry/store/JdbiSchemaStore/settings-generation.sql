select counter_value from counters where name = 'settings'
