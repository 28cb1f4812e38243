insert into identity_grants (holder_kind, holder, role, name_prefix) values (:kind, :holder, :role, :prefix)
