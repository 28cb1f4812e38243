insert into identity_users (name, password_hash, created_at, updated_at) values (:name, :hash, :now, :now)
