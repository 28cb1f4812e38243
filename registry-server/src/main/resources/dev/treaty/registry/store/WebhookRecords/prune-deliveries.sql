-- Finished deliveries (delivered, or dead and never replayed) older than the retention; their
-- next_attempt_at is when they finished, so the due index finds them.
delete from webhook_deliveries where status in ('delivered', 'dead') and next_attempt_at < :cutoff
