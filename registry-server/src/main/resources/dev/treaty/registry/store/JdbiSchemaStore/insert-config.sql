insert into configs (scope, body) values (:scope, :body)
