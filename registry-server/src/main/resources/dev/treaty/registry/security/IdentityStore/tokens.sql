select name, created_at, created_by from identity_tokens order by name
