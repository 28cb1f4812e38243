update configs set body = :body where scope = :scope
