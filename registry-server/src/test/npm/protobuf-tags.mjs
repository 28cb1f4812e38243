// Protobuf schema tags written by Treaty, read by Confluent's JavaScript serdes: the serializer
// registers a plain file, POST .../versions/1/tags tags a field (Treaty writes it into a
// (confluent.field_meta) option and imports confluent/meta.proto), and the serdes then write and
// read with the tagged version, which the client must build with its own copy of meta.proto.
// Usage: node protobuf-tags.mjs <registry-url> <topic>. Prints one JSON line of results.
import { create, createFileRegistry, createMutableRegistry, toJson } from '@bufbuild/protobuf';
import { FileDescriptorProtoSchema } from '@bufbuild/protobuf/wkt';
import {
  ProtobufDeserializer, ProtobufSerializer, SchemaRegistryClient, SerdeType,
} from '@confluentinc/schemaregistry';

const [url, topic] = process.argv.slice(2);
const subject = `${topic}-value`;

// syntax = "proto3"; package dev.treaty.interop; message Payment { string id = 1; string card = 2; }
const STRING = 9, OPTIONAL = 1;
const file = create(FileDescriptorProtoSchema, {
  name: 'dev/treaty/interop/payment.proto',
  package: 'dev.treaty.interop',
  syntax: 'proto3',
  messageType: [{
    name: 'Payment',
    field: [
      { name: 'id', number: 1, type: STRING, label: OPTIONAL, jsonName: 'id' },
      { name: 'card', number: 2, type: STRING, label: OPTIONAL, jsonName: 'card' },
    ],
  }],
});
const registry = createMutableRegistry(createFileRegistry(file, () => undefined).getFile(file.name));
const Payment = registry.getMessage('dev.treaty.interop.Payment');

const client = () => new SchemaRegistryClient({ baseURLs: [url], maxRetries: 0 });

const plain = new ProtobufSerializer(client(), SerdeType.VALUE, { autoRegisterSchemas: true, registry });
await plain.serialize(topic, create(Payment, { id: 'p-0', card: '0000' }));

const tagged = await fetch(`${url}/subjects/${subject}/versions/1/tags`, {
  method: 'POST',
  headers: { 'Content-Type': 'application/vnd.schemaregistry.v1+json' },
  body: JSON.stringify({
    tagsToAdd: [{ schemaEntity: { entityPath: 'dev.treaty.interop.Payment.card', entityType: 'sr_field' }, tags: ['PII'] }],
  }),
}).then((response) => response.json());

const serializer = new ProtobufSerializer(client(), SerdeType.VALUE, { useLatestVersion: true, registry });
const bytes = await serializer.serialize(topic, create(Payment, { id: 'p-1', card: '4111' }));
const decoded = await new ProtobufDeserializer(client(), SerdeType.VALUE, {}).deserialize(topic, bytes);
const latest = await client().getLatestSchemaMetadata(subject);

console.log(JSON.stringify({
  taggedId: tagged.id,
  idInPayload: bytes.readInt32BE(1),
  latestSchema: latest.schema,
  decoded: toJson(Payment, decoded),
}));
