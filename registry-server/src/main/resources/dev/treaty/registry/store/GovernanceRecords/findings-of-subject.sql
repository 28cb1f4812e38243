select version, findings from version_lint where subject = :subject
