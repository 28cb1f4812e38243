update contract_applications set owner = :owner, description = :description where name = :name
