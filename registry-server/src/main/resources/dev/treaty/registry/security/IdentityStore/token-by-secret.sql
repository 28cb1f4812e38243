select name, created_at, created_by from identity_tokens where secret_sha256 = :hash
