select distinct subject from version_lint
