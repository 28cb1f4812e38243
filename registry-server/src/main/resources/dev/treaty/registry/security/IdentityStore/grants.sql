select role, name_prefix from identity_grants where holder_kind = :kind and holder = :holder order by role, name_prefix
