-- Governance: lint rule sets, the lint findings recorded on versions, and deprecations.
-- Runs unchanged on PostgreSQL and on H2 in PostgreSQL mode.

-- User-defined lint rule sets; the built-in ones (event, protobuf-standard, none) live in code.
create table lint_rule_sets (
  name varchar(256) primary key,
  body text not null,
  updated_at bigint not null
);

-- The findings a version was registered with under WARN enforcement (or warnings under ERROR),
-- as a JSON array; versions registered clean have no row.
create table version_lint (
  subject varchar(4096) not null,
  version integer not null,
  findings text not null,
  primary key (subject, version)
);

-- A deprecated subject (version 0) or version: why, what replaces it, and when it stops.
create table deprecations (
  subject varchar(4096) not null,
  version integer not null,
  reason text,
  sunset varchar(10),
  replacement varchar(4200),
  deprecated_at bigint not null,
  primary key (subject, version)
);
