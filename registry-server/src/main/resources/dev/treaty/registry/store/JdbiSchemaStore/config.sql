select body from configs where scope = :scope
