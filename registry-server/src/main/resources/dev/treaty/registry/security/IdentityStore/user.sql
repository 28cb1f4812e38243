select name, password_hash from identity_users where name = :name
