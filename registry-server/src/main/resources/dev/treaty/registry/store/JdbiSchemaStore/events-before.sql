-- The audit trail: events below an id, newest first, narrowed by whichever filters are given
-- (each :any* flag switches its filter off). The primary key is read backwards until the page
-- is full. A subject's history has its own statement (events-of-subject), which uses an index.
select id, created_at, type, subject, version, schema_id, actor, detail, application, environment
from events
where id < :before
  and (:anyApplication or application = :application)
  and (:anyEnvironment or environment = :environment)
  and (:anyType or type = :type)
  and (:anyActor or actor = :actor)
order by id desc
limit :limit
