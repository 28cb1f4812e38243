select application, version, contract_json, created_at from contract_versions
where application = :application and version = :version
