select * from events where id = :id
