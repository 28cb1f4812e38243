-- Takes the lease when nobody holds it (or the holder's lease expired). Two nodes racing for one
-- row: the second update waits for the first's row lock, then finds the lease taken and changes
-- nothing (PostgreSQL and H2 both re-check the condition on the committed row).
update webhook_deliveries set lease_owner = :owner, lease_expires_at = :until
where id = :id and status = 'pending' and next_attempt_at <= :now
  and (lease_expires_at is null or lease_expires_at < :now)
