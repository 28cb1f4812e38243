select name from contract_environments order by name
