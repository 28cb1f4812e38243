insert into contract_versions (application, version, contract_json, created_at)
values (:application, :version, :json, :createdAt)
