insert into schema_references (schema_id, position, name, subject, version)
values (:id, :position, :name, :subject, :version)
