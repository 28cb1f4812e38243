-- The fallback of a lookup in the default context: the named context first in order that has the id.
select schema_id from context_schema_ids where id = :id order by context limit 1
