select id, created_at, type, subject, version, schema_id, actor, detail
from events where id > :after order by id limit :limit
