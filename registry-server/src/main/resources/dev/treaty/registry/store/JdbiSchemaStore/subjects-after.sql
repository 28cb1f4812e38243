-- One page of subject names after a given one (keyset paging, so every page costs the same).
-- A subject is live while any of its versions is.
select subject from subject_versions
where subject > :after and left(subject, :prefixLength) = :prefix
group by subject
having (:deletedOnly and max(case when deleted then 0 else 1 end) = 0)
    or (not :deletedOnly and (:includeDeleted or max(case when deleted then 0 else 1 end) = 1))
order by subject
limit :limit
