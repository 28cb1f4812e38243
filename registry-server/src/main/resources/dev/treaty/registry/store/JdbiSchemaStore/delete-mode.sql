delete from modes where scope = :scope
