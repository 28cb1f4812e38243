select count(*) from identity_users where name = :name
