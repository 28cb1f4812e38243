select * from webhooks where id = :id
