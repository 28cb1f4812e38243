insert into gate_overrides (subject, version, event_id) values (:subject, :version, :eventId)
