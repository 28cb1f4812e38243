update webhooks set url = :url, event_types = :eventTypes, subject_prefix = :subjectPrefix,
  application = :application, environment = :environment, secrets = :secrets, headers = :headers,
  body_format = :format, description = :description, enabled = :enabled
where id = :id
