-- version is 0 for a deprecation of the whole subject.
delete from deprecations where subject = :subject and version = :version
