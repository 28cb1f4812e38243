select name, owner, description from contract_applications order by name
