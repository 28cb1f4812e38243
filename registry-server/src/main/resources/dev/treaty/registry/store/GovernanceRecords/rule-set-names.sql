select name from lint_rule_sets order by name
