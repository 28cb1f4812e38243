-- Found through the schemas' identity index, not by reading the subject's versions: an identity
-- has one id, or a few when IMPORT gave it more.
select v.subject, v.version, v.schema_id, v.deleted, v.created_at
from schemas s
join subject_versions v on v.schema_id = s.id
where s.identity = :identity and v.subject = :subject and v.deleted = false
order by v.version desc
