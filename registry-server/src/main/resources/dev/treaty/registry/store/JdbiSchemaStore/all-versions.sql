select subject, version, schema_id, deleted, created_at
from subject_versions order by subject, version
