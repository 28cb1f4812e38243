select subject, version, schema_id, deleted, created_at
from subject_versions where subject = :subject and schema_id = :id order by version
