select id, schema_type, schema_text, identity, metadata_json, rule_set_json
from schemas where id = :id
