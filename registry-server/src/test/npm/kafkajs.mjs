// Drives a Treaty registry with kafkajs' schema registry client (3.x, which runs on Node 20).
// Usage: node kafkajs.mjs <registry-url> <topic>. Prints one JSON line of results.
import kafkajsRegistry from '@kafkajs/confluent-schema-registry';

const { SchemaRegistry, SchemaType } = kafkajsRegistry;
const [url, topic] = process.argv.slice(2);
const subject = `${topic}-value`;
const schema = {
  type: SchemaType.AVRO,
  schema: JSON.stringify({
    type: 'record',
    name: 'Shipment',
    namespace: 'dev.treaty.interop',
    fields: [{ name: 'id', type: 'string' }, { name: 'weight', type: 'double' }],
  }),
};

// register() first asks for the subject's config and, on a 404, sets BACKWARD itself.
const { id } = await new SchemaRegistry({ host: url }).register(schema, { subject });
const registry = new SchemaRegistry({ host: url });
const latestId = await registry.getLatestSchemaId(subject);
const idBySchema = await registry.getRegistryIdBySchema(subject, schema);
const encoded = await registry.encode(id, { id: 's-1', weight: 2.5 });
const decoded = await new SchemaRegistry({ host: url }).decode(encoded);
const again = await new SchemaRegistry({ host: url }).register(schema, { subject });

let incompatible;
try {
  await registry.register({
    type: SchemaType.AVRO,
    schema: JSON.stringify({
      type: 'record',
      name: 'Shipment',
      namespace: 'dev.treaty.interop',
      fields: [{ name: 'id', type: 'string' }, { name: 'weight', type: 'double' }, { name: 'carrier', type: 'string' }],
    }),
  }, { subject });
} catch (e) {
  incompatible = { name: e.name, status: e.status, message: e.message };
}

console.log(JSON.stringify({ id, latestId, idBySchema, againId: again.id, decoded, incompatible }));
