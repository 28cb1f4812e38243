update modes set mode = :mode where scope = :scope
