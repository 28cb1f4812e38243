insert into lint_rule_sets (name, body, updated_at) values (:name, :body, :at)
