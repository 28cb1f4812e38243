select count(*) from contract_environments where name = :name
