select scope, mode from modes where scope in (<scopes>)
