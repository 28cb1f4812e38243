select id, created_at, type, subject, version, schema_id, actor, detail, application, environment
from events where id > :after order by id limit :limit
