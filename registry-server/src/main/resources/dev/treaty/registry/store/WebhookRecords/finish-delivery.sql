-- The outcome of an attempt, written only by the node that still holds the lease.
update webhook_deliveries set status = :status, attempts = :attempts, next_attempt_at = :nextAttemptAt,
  last_error = :lastError, last_status = :lastStatus, latency_ms = :latency, delivered_at = :deliveredAt,
  lease_owner = null, lease_expires_at = null
where id = :id and lease_owner = :owner
