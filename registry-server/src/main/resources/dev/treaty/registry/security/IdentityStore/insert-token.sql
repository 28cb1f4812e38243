insert into identity_tokens (name, secret_sha256, created_at, created_by) values (:name, :hash, :now, :createdBy)
