select name, owner, description from contract_applications where name = :name
