-- How many subjects subject-summaries.sql would list without its limit and offset.
select count(*)
from (
  select subject,
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
