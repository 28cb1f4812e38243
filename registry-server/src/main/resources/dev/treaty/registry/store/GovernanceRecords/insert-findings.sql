-- The lint warnings a version was registered with, as a JSON array.
insert into version_lint (subject, version, findings) values (:subject, :version, :findings)
