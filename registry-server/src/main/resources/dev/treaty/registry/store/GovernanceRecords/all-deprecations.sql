select * from deprecations order by subject, version
