-- Users, API tokens and their grants: identity state every node of a cluster reads at once.
-- Runs unchanged on PostgreSQL and on H2 in PostgreSQL mode.

create table identity_users (
  name varchar(128) primary key,
  password_hash varchar(100) not null,
  created_at bigint not null,
  updated_at bigint not null
);

-- Only a SHA-256 of a token's secret is kept; the secret is shown once, at creation.
create table identity_tokens (
  name varchar(64) primary key,
  secret_sha256 varchar(64) not null,
  created_at bigint not null,
  created_by varchar(512) not null
);
create unique index identity_tokens_by_secret on identity_tokens (secret_sha256);

-- One row per grant: a role on every subject and application (prefix '') or on the names that
-- start with prefix. holder_kind is 'user' or 'token'.
create table identity_grants (
  holder_kind varchar(8) not null,
  holder varchar(128) not null,
  role varchar(8) not null,
  name_prefix varchar(255) not null,
  primary key (holder_kind, holder, role, name_prefix)
);
