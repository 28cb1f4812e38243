delete from configs where scope = :scope
