insert into webhooks (id, url, event_types, subject_prefix, application, environment, secrets, headers, body_format,
  description, created_by, created_at, enabled, overflowed)
values (:id, :url, :eventTypes, :subjectPrefix, :application, :environment, :secrets, :headers, :format,
  :description, :createdBy, :createdAt, :enabled, 0)
