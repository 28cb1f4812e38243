-- A webhook's delivery of an event, due now; written with the event.
insert into webhook_deliveries (webhook_id, event_id, status, attempts, next_attempt_at, created_at)
values (:webhook, :event, 'pending', 0, :now, :now)
