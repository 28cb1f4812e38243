update webhooks set enabled = false where id = :id
