// Confluent's JavaScript client in a schema context, the way Confluent documents it: the context
// goes into the client's base URL (<registry>/contexts/.npm), and the client, its serializer and
// its deserializer use plain subject names. Usage: node contexts.mjs <registry-url> <topic>.
// Prints one JSON line of results.
import { AvroDeserializer, AvroSerializer, SchemaRegistryClient, SerdeType } from '@confluentinc/schemaregistry';

const [url, topic] = process.argv.slice(2);
const subject = `${topic}-value`;
const schema = {
  schemaType: 'AVRO',
  schema: JSON.stringify({
    type: 'record',
    name: 'Refund',
    namespace: 'dev.treaty.interop',
    fields: [{ name: 'id', type: 'string' }, { name: 'amount', type: 'double' }],
  }),
};

// A fresh client per step, so that answers come from the server and not the client's cache.
const inContext = () => new SchemaRegistryClient({ baseURLs: [`${url}/contexts/.npm`], maxRetries: 0 });
const plain = () => new SchemaRegistryClient({ baseURLs: [url], maxRetries: 0 });

const id = await inContext().register(subject, schema);
const versions = await inContext().getAllVersions(subject);
const contextSubjects = await inContext().getAllSubjects();
const allSubjects = await plain().getAllSubjects();
const latestQualified = await plain().getLatestSchemaMetadata(`:.npm:${subject}`);

const serializer = new AvroSerializer(inContext(), SerdeType.VALUE, { useLatestVersion: true });
const bytes = await serializer.serialize(topic, { id: 'r-1', amount: 3.5 });
const deserializer = new AvroDeserializer(inContext(), SerdeType.VALUE, {});
const roundTrip = await deserializer.deserialize(topic, bytes);

console.log(JSON.stringify({
  id, versions, contextSubjects, allSubjects, latestQualifiedId: latestQualified.id,
  serializedId: bytes.readInt32BE(1), roundTrip,
}));
