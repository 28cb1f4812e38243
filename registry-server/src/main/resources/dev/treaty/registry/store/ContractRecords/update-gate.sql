update contract_gates set environment = :environment where subject = :subject
