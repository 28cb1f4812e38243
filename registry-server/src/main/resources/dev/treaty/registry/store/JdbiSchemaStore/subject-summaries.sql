-- The web UI's subject list, one row per subject, filtered, ordered and paged here rather than
-- by reading every version into the server: a page costs one scan of the versions index and
-- nothing per subject left out. The format is the latest live version's (or the latest one's
-- when all are soft-deleted).
select s.subject, s.versions, s.updated, s.all_deleted, s.latest_version, l.schema_id,
       coalesce(nullif(sc.schema_type, ''), 'AVRO') as schema_type
from (
  select subject,
         count(*) as versions,
         max(created_at) as updated,
         min(case when deleted then 1 else 0 end) as all_deleted,
         coalesce(max(case when deleted then null else version end), max(version)) as latest_version
  from subject_versions
  where :anyName or position(:name in lower(subject)) > 0
  group by subject
) s
join subject_versions l on l.subject = s.subject and l.version = s.latest_version
join schemas sc on sc.id = l.schema_id
where (:includeDeleted or s.all_deleted = 0)
  and (:anyFormat or coalesce(nullif(sc.schema_type, ''), 'AVRO') = :format)
order by case when :byUpdated then s.updated else 0 end desc, s.subject
limit :limit offset :offset
