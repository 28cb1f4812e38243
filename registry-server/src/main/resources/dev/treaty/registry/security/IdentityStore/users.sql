select name, password_hash from identity_users order by name
