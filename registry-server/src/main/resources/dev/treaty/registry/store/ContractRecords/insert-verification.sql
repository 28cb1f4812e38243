insert into contract_verifications (producer, producer_version, consumer, consumer_version, passed, build_url, created_at)
values (:producer, :producerVersion, :consumer, :consumerVersion, :passed, :buildUrl, :createdAt)
