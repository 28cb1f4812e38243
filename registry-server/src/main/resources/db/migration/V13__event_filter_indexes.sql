-- The audit trail's filters other than subject (which has events_by_subject since V9): each is an
-- exact value read newest first, so an index on (value, id) gives a page of a rare value without
-- reading the table backwards. JdbiSchemaStore/events-keyed.sql leads with one of them.
create index events_by_application on events (application, id);
create index events_by_environment on events (environment, id);
create index events_by_actor on events (actor, id);
create index events_by_type on events (type, id);
