// Drives a Treaty registry with Confluent's own JavaScript client, the way a Node.js producer and
// consumer would. Usage: node interop.mjs <registry-url> <topic>. Prints one JSON line of results.
import {
  AvroDeserializer, AvroSerializer, JsonDeserializer, JsonSerializer, SchemaRegistryClient, SerdeType,
} from '@confluentinc/schemaregistry';

const [url, topic] = process.argv.slice(2);
const subject = `${topic}-value`;
const schema = {
  schemaType: 'AVRO',
  schema: JSON.stringify({
    type: 'record',
    name: 'Payment',
    namespace: 'dev.treaty.interop',
    fields: [
      { name: 'id', type: 'string' },
      { name: 'amount', type: 'double' },
    ],
  }),
};
const evolved = {
  schemaType: 'AVRO',
  schema: JSON.stringify({
    type: 'record',
    name: 'Payment',
    namespace: 'dev.treaty.interop',
    fields: [
      { name: 'id', type: 'string' },
      { name: 'amount', type: 'double' },
      { name: 'currency', type: 'string', default: 'EUR' },
    ],
  }),
};

// A fresh client per step, so that answers come from the server and not the client's cache.
const client = () => new SchemaRegistryClient({ baseURLs: [url], maxRetries: 0 });

const id = await client().register(subject, schema);
const fetched = await client().getBySubjectAndId(subject, id);
const idByLookup = await client().getId(subject, schema);
const version = await client().getVersion(subject, schema);
const compatible = await client().testCompatibility(subject, version, evolved);
const config = await client().updateConfig(subject, { compatibility: 'FULL' });
const compatibility = await client().getCompatibility(subject);
const evolvedId = await client().register(subject, evolved);
const latest = await client().getLatestSchemaMetadata(subject);

const serializer = new AvroSerializer(client(), SerdeType.VALUE, { useLatestVersion: true });
const bytes = await serializer.serialize(topic, { id: 'p-1', amount: 12.5, currency: 'CHF' });
const deserializer = new AvroDeserializer(client(), SerdeType.VALUE, {});
const roundTrip = await deserializer.deserialize(topic, bytes);

// JSON Schema through the same registry.
const jsonTopic = `${topic}-json`;
const jsonId = await client().register(`${jsonTopic}-value`, {
  schemaType: 'JSON',
  schema: JSON.stringify({
    type: 'object',
    properties: { sku: { type: 'string' }, qty: { type: 'integer' } },
    required: ['sku'],
  }),
});
const jsonSerializer = new JsonSerializer(client(), SerdeType.VALUE, { useLatestVersion: true, validate: true });
const jsonBytes = await jsonSerializer.serialize(jsonTopic, { sku: 'A-1', qty: 2 });
const jsonRoundTrip = await new JsonDeserializer(client(), SerdeType.VALUE, {}).deserialize(jsonTopic, jsonBytes);

let missing;
try {
  await client().getLatestSchemaMetadata(`${topic}-missing`);
} catch (e) {
  missing = { status: e.status, errorCode: e.errorCode };
}

console.log(JSON.stringify({
  id,
  fetchedSchema: fetched.schema,
  fetchedType: fetched.schemaType ?? 'AVRO',
  idByLookup,
  version,
  compatible,
  config,
  compatibility,
  evolvedId,
  latestVersion: latest.version,
  latestId: latest.id,
  magicByte: bytes[0],
  idInPayload: bytes.readInt32BE(1),
  roundTrip,
  jsonId,
  jsonIdInPayload: jsonBytes.readInt32BE(1),
  jsonRoundTrip,
  missing,
}));
