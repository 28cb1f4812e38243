-- The newest row of each application in the environment, unless it records an undeployment.
select d.environment, d.application, d.version, d.created_at from contract_deployments d
where d.environment = :environment and d.version is not null
  and d.id = (select max(x.id) from contract_deployments x
              where x.environment = d.environment and x.application = d.application)
order by d.application
