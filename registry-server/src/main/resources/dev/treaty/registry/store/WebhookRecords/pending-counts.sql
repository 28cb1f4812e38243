-- Queue depth per webhook: what is still to be delivered.
select webhook_id, count(*) as pending from webhook_deliveries where status = 'pending' group by webhook_id
