select d.*, e.type as event_type, e.subject as event_subject from webhook_deliveries d
join events e on e.id = d.event_id
where d.id = :id
