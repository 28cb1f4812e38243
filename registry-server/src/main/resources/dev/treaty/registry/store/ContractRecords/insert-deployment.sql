insert into contract_deployments (environment, application, version, created_at)
values (:environment, :application, :version, :createdAt)
