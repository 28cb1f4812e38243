insert into contract_applications (name, created_at) values (:name, :createdAt)
