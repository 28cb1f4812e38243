select name, subject, version from schema_references where schema_id = :id order by position
