-- Versions that entered through a contract-gate override (the level forbade the change, no
-- deployed consumer was affected), each with the CONTRACT_GATE_OVERRIDE event that says why, so
-- that wherever the version appears it is marked as such. Removed with the version.
create table gate_overrides (
  subject varchar(4096) not null,
  version integer not null,
  event_id bigint not null,
  primary key (subject, version)
);
