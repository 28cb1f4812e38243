-- The number of the last version (deleted or not) and the newest live version, without reading
-- the subject's history: both walk the primary key backwards from the end ("order by subject
-- desc, version desc" is what lets H2 do that too), so the cost does not grow with the versions.
select (select version from subject_versions where subject = :subject
        order by subject desc, version desc limit 1) as last_version,
       v.subject, v.version, v.schema_id, v.deleted, v.created_at
from (select 1 as one) o
left join (select subject, version, schema_id, deleted, created_at from subject_versions
           where subject = :subject and deleted = false
           order by subject desc, version desc limit 1) v on true
