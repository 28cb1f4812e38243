-- Deliveries due now that no node holds, oldest due first; only a candidate list; claim-delivery decides.
select d.id from webhook_deliveries d join webhooks w on w.id = d.webhook_id
where d.status = 'pending' and d.next_attempt_at <= :now and w.enabled
  and (d.lease_expires_at is null or d.lease_expires_at < :now)
order by d.next_attempt_at, d.id
limit :limit
