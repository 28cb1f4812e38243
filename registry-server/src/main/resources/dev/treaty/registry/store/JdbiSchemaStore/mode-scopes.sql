select scope from modes order by scope
