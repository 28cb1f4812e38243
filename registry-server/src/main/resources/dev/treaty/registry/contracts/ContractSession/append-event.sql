insert into events (created_at, type, subject, actor, detail)
values (:createdAt, :type, :subject, :actor, :detail)
