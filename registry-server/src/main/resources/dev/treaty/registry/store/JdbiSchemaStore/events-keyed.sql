-- The audit trail narrowed by at least one filter: read through the (<column>, id) index of the
-- leading one (subject, application, environment, actor or type; the column is named by
-- EventFilter, never by a caller), newest first below :before, narrowed by the other filters.
select id, created_at, type, subject, version, schema_id, actor, detail, application, environment
from events
where <column> = :key
  and id < :before
  and (:anySubject or subject = :subject)
  and (:anyApplication or application = :application)
  and (:anyEnvironment or environment = :environment)
  and (:anyType or type = :type)
  and (:anyActor or actor = :actor)
order by id desc
limit :limit
