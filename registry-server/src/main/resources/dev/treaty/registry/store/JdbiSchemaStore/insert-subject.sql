insert into subjects (subject) values (:subject) on conflict do nothing
