-- One subject's history (the subject page's tab, or the audit trail filtered by subject): read
-- through events_by_subject, newest first, narrowed by the other filters when given.
select id, created_at, type, subject, version, schema_id, actor, detail, application, environment
from events
where subject = :subject
  and id < :before
  and (:anyApplication or application = :application)
  and (:anyEnvironment or environment = :environment)
  and (:anyType or type = :type)
  and (:anyActor or actor = :actor)
order by id desc
limit :limit
