update subject_versions set deleted = true where subject = :subject and version = :version
