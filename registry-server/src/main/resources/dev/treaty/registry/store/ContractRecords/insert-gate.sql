insert into contract_gates (subject, environment) values (:subject, :environment)
