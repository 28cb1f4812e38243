select count(*) from identity_tokens where name = :name
