select distinct subject from subject_versions order by subject
