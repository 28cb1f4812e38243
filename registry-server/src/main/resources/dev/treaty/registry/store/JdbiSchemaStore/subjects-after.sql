-- One page of subject names after a given one. Keyset paging over the subjects table's primary
-- key, which holds every subject ever written to: the database walks the index from :after and
-- stops after :limit matches, so a page costs the same at the start and at the end of 100,000
-- subjects (grouping subject_versions instead read every row after :after for each page).
-- A subject is live while any of its versions is; one whose versions were all removed is skipped.
-- :skip is Confluent's offset, counted by the database (for callers who may read every subject):
-- still a walk over the names before it, but without a round trip or a Java object per name.
select s.subject from subjects s
where s.subject > :after and left(s.subject, :prefixLength) = :prefix
  and case
    when :deletedOnly then
      exists (select 1 from subject_versions v where v.subject = s.subject)
      and not exists (select 1 from subject_versions v where v.subject = s.subject and not v.deleted)
    when :includeDeleted then
      exists (select 1 from subject_versions v where v.subject = s.subject)
    else
      exists (select 1 from subject_versions v where v.subject = s.subject and not v.deleted)
  end
order by s.subject
limit :limit offset :skip
