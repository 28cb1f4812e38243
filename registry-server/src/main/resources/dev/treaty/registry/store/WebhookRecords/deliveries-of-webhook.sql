-- A webhook's delivery log, newest first, optionally of one status.
select d.*, e.type as event_type, e.subject as event_subject from webhook_deliveries d
join events e on e.id = d.event_id
where d.webhook_id = :webhook and (:anyStatus or d.status = :status) and d.id < :before
order by d.id desc
limit :limit
