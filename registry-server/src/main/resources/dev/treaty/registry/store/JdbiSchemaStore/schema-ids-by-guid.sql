select id from schemas where guid = :guid order by id
