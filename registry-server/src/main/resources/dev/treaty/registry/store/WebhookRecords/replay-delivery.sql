-- Queues a finished delivery (dead, or delivered and wanted again) to go out now, from scratch.
update webhook_deliveries set status = 'pending', attempts = 0, next_attempt_at = :now, last_error = null,
  lease_owner = null, lease_expires_at = null
where id = :id and webhook_id = :webhook and status <> 'pending'
