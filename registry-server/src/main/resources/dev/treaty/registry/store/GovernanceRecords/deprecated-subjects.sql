select distinct subject from deprecations
