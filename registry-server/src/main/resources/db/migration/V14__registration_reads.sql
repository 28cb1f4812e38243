-- Whether a version's schema has references, on the version itself: an Avro schema posted with
-- its references written inline can only match such versions (Confluent's semantic match), and
-- the index finds them without reading the subject's whole history on every registration.
alter table subject_versions add column has_references boolean default false not null;
update subject_versions set has_references = true
where exists (select 1 from schema_references r where r.schema_id = subject_versions.schema_id);
create index subject_versions_with_references on subject_versions (subject, has_references, version);

-- Raised by every write to configs, modes, contract gates and deprecations, so that nodes can keep
-- those settings in memory and know, with one read per transaction, whether their copy is current.
insert into counters (name, counter_value) values ('settings', 0);
