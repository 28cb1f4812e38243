-- Whether a version's schema has references, on the version itself: an Avro schema posted with
-- its references written inline can only match such versions (Confluent's semantic match), and
-- the index finds them without reading the subject's whole history on every registration.
alter table subject_versions add column has_references boolean default false not null;
update subject_versions set has_references = true
where exists (select 1 from schema_references r where r.schema_id = subject_versions.schema_id);
create index subject_versions_with_references on subject_versions (subject, has_references, version);
