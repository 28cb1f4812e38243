select count(*) from contract_applications where name = :name
