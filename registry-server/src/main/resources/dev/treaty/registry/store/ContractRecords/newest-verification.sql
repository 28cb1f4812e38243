-- The newest verdict on one producer version and consumer version.
select producer, producer_version, consumer, consumer_version, passed, build_url, created_at from contract_verifications
where producer = :producer and producer_version = :producerVersion
  and consumer = :consumer and consumer_version = :consumerVersion
order by id desc
limit 1
