-- The most recently published version of every application.
select c.application, c.version, c.contract_json, c.created_at from contract_versions c
where c.seq = (select max(x.seq) from contract_versions x where x.application = c.application)
order by c.application
