select subject, version, schema_id, deleted, created_at
from subject_versions where schema_id = :id order by subject, version
