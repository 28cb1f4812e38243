select * from deprecations where subject = :subject order by version
