delete from identity_grants where holder_kind = :kind and holder = :holder
