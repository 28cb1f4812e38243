delete from identity_tokens where name = :name
