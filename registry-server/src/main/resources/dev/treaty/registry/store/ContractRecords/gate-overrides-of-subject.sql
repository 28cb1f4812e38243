-- The override marks of a subject's versions, with the detail of each mark's event.
select g.version, g.event_id, e.detail
from gate_overrides g join events e on e.id = g.event_id
where g.subject = :subject
order by g.version
