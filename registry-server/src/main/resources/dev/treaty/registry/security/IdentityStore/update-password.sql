update identity_users set password_hash = :hash, updated_at = :now where name = :name
