-- The schema and its references in one statement (a row per reference, one row without any):
-- a lookup that misses the cache costs one round trip.
select s.id, s.schema_type, s.schema_text, s.identity, s.metadata_json, s.rule_set_json,
       r.name as reference_name, r.subject as reference_subject, r.version as reference_version
from schemas s
left join schema_references r on r.schema_id = s.id
where s.id = :id
order by r.position
