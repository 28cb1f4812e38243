-- The audit trail unfiltered: events below an id, newest first, reading the primary key
-- backwards. A filtered trail has its own statement (events-keyed), which reads an index.
select id, created_at, type, subject, version, schema_id, actor, detail, application, environment
from events
where id < :before
order by id desc
limit :limit
