select sv.subject, sv.version, sv.schema_id, sv.deleted, sv.created_at
from subject_versions sv
where sv.schema_id in (select r.schema_id from schema_references r where r.subject = :subject and r.version = :version)
order by sv.subject, sv.version
