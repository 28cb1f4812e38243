insert into contract_environments (name, created_at) values (:name, :createdAt)
