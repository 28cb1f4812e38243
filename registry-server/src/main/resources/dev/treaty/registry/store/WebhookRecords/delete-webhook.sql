delete from webhooks where id = :id
