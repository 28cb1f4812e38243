delete from webhook_deliveries where webhook_id = :id
