-- An event a webhook did not queue because its queue was full.
update webhooks set overflowed = overflowed + 1, last_overflow_event = :event where id = :webhook
