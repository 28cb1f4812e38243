select * from deprecations where subject = :subject and version = :version
