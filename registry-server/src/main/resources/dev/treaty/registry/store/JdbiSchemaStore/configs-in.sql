select scope, body from configs where scope in (<scopes>)
