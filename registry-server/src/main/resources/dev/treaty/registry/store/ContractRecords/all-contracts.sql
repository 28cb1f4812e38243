select application, version, contract_json, created_at from contract_versions order by application, seq
