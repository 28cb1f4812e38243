-- The only versions an Avro schema with its references written inline can match semantically,
-- read through their own index: most subjects have none, and then this reads nothing.
select subject, version, schema_id, deleted, created_at
from subject_versions
where subject = :subject and has_references = true and deleted = false
order by subject desc, has_references desc, version desc
