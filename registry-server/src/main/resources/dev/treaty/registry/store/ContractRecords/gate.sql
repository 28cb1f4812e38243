select environment from contract_gates where subject = :subject
