delete from identity_users where name = :name
