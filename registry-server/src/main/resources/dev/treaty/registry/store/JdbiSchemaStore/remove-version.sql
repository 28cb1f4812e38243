delete from subject_versions where subject = :subject and version = :version
