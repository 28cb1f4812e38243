insert into events (created_at, type, subject, version, schema_id, actor, detail, application, environment)
values (:createdAt, :type, :subject, :version, :schemaId, :actor, :detail, :application, :environment)
