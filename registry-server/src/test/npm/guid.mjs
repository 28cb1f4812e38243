// Schema GUIDs with Confluent's JavaScript client: the guid in the register answer, lookups by
// guid, and serdes that carry the guid in a record header instead of the id in the payload.
// Usage: node guid.mjs <registry-url> <topic>. Prints one JSON line of results.
import {
  AvroDeserializer, AvroSerializer, HeaderSchemaIdSerializer, SchemaRegistryClient, SerdeType,
} from '@confluentinc/schemaregistry';

const [url, topic] = process.argv.slice(2);
const subject = `${topic}-value`;
const schema = {
  schemaType: 'AVRO',
  schema: JSON.stringify({
    type: 'record',
    name: 'Invoice',
    namespace: 'dev.treaty.interop',
    fields: [
      { name: 'number', type: 'string' },
      { name: 'total', type: 'double' },
    ],
  }),
};

// A fresh client per step, so that answers come from the server and not the client's cache.
const client = () => new SchemaRegistryClient({ baseURLs: [url], maxRetries: 0 });

const registered = await client().registerFullResponse(subject, schema, false);
const byGuid = await client().getByGuid(registered.guid);
const latest = await client().getLatestSchemaMetadata(subject);
const again = await client().registerFullResponse(`${topic}-copy-value`, schema, false);

// The producer puts the guid in the __value_schema_id header; the consumer's default
// deserializer reads it there and fetches the writer's schema by guid.
const headers = {};
const serializer = new AvroSerializer(client(), SerdeType.VALUE,
  { useLatestVersion: true, schemaIdSerializer: HeaderSchemaIdSerializer });
const payload = await serializer.serialize(topic, { number: 'INV-7', total: 99.5 }, headers);
const header = headers.__value_schema_id;
const deserializer = new AvroDeserializer(client(), SerdeType.VALUE, {});
const roundTrip = await deserializer.deserialize(topic, payload, headers);

let unknown;
try {
  await client().getByGuid('00000000-0000-4000-8000-000000000000');
} catch (e) {
  unknown = { status: e.status, errorCode: e.errorCode };
}

const hex = (bytes) => Buffer.from(bytes).toString('hex');
console.log(JSON.stringify({
  id: registered.id,
  guid: registered.guid,
  version: registered.version,
  byGuidSchema: byGuid.schema,
  byGuidType: byGuid.schemaType ?? 'AVRO',
  latestGuid: latest.guid,
  copyId: again.id,
  copyGuid: again.guid,
  headerMagic: header[0],
  headerGuidHex: hex(header.subarray(1, 17)),
  payloadLength: payload.length,
  roundTrip,
  unknown,
}));
