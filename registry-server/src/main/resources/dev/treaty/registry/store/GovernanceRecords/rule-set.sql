-- The stored lint rule set of that name, as JSON.
select body from lint_rule_sets where name = :name
