select * from webhooks order by created_at, id
