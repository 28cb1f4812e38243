insert into deprecations (subject, version, reason, sunset, replacement, deprecated_at)
values (:subject, :version, :reason, :sunset, :replacement, :at)
