delete from gate_overrides where subject = :subject and version = :version
