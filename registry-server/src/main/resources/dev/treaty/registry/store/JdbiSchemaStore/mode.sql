select mode from modes where scope = :scope
