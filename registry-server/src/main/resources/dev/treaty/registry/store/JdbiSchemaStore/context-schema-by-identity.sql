select m.schema_id from context_schema_ids m join schemas s on s.id = m.schema_id
where m.context = :context and s.identity = :identity order by m.id limit 1
