delete from schemas where id = :id
