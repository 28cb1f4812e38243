select subject from subjects where subject = :subject for update
