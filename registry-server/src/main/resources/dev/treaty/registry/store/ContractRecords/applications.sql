select name from contract_applications order by name
