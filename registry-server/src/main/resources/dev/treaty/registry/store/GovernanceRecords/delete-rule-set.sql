delete from lint_rule_sets where name = :name
