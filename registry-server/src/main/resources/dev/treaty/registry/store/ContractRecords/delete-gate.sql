delete from contract_gates where subject = :subject
