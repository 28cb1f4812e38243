// Confluent's JavaScript serdes against records Treaty's Java serdes wrote, and the reverse.
// Usage: node serdes.mjs <input.json>. The input holds the registry URL, the topic, the Java
// bytes (hex) per format and the .proto file as a base64 FileDescriptorProto. Prints one JSON
// line: what each JavaScript deserializer decoded, and the bytes each JavaScript serializer wrote.
import { readFileSync } from 'node:fs';
import { create, createFileRegistry, createMutableRegistry, fromBinary, toJson } from '@bufbuild/protobuf';
import { FileDescriptorProtoSchema } from '@bufbuild/protobuf/wkt';
import {
  AvroDeserializer, AvroSerializer, HeaderSchemaIdSerializer, JsonDeserializer, JsonSerializer, ProtobufDeserializer,
  ProtobufSerializer, SchemaRegistryClient, SerdeType,
} from '@confluentinc/schemaregistry';

const input = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const client = () => new SchemaRegistryClient({ baseURLs: [input.url], maxRetries: 0 });
const bytes = (hex) => Buffer.from(hex, 'hex');
const latest = { useLatestVersion: true, autoRegisterSchemas: false };

const fdp = fromBinary(FileDescriptorProtoSchema, Buffer.from(input.descriptor, 'base64'));
const files = createFileRegistry(fdp, () => undefined);
const registry = createMutableRegistry(files.getFile(fdp.name));
const protoJson = (message) => toJson(files.getMessage(message.$typeName), message);

const output = {};

const avroValue = await new AvroDeserializer(client(), SerdeType.VALUE, {}).deserialize(input.topic, bytes(input.avro));
output.avro = {
  decoded: avroValue,
  hex: (await new AvroSerializer(client(), SerdeType.VALUE, latest).serialize(input.topic, avroValue)).toString('hex'),
};

const protobufDeserializer = new ProtobufDeserializer(client(), SerdeType.VALUE, {});
for (const name of ['parcel', 'shipment']) {
  const message = await protobufDeserializer.deserialize(input.protoTopic, bytes(input[name]));
  const serializer = new ProtobufSerializer(client(), SerdeType.VALUE, { ...latest, registry });
  output[name] = {
    typeName: message.$typeName,
    decoded: protoJson(message),
    hex: (await serializer.serialize(input.protoTopic, message)).toString('hex'),
  };
}

const jsonValue = await new JsonDeserializer(client(), SerdeType.VALUE, {}).deserialize(input.jsonTopic, bytes(input.json));
output.json = {
  decoded: jsonValue,
  hex: (await new JsonSerializer(client(), SerdeType.VALUE, { ...latest, validate: true })
    .serialize(input.jsonTopic, jsonValue)).toString('hex'),
};

// The JavaScript serializer registers the file itself (as a base64 descriptor) for Java to read.
const label = create(files.getMessage('dev.treaty.shop.Shipment.Parcel.Label'), { code: 'JS-1' });
const autoSerializer = new ProtobufSerializer(client(), SerdeType.VALUE, { autoRegisterSchemas: true, registry });
output.jsRegistered = (await autoSerializer.serialize(`${input.protoTopic}-js`, label)).toString('hex');

// Confluent 8's header form: Java wrote the bare payload with the schema GUID in __value_schema_id;
// JavaScript reads it and writes it back in the same form (its default deserializer reads either).
const headerForm = async (name, topic, deserializer, serializer, toJson) => {
  const value = await deserializer.deserialize(topic, bytes(input[`${name}Bare`]), { __value_schema_id: bytes(input[`${name}Header`]) });
  const headers = {};
  const bare = await serializer.serialize(topic, value, headers);
  output[`${name}HeaderForm`] = {
    decoded: toJson(value), hex: bare.toString('hex'), header: Buffer.from(headers.__value_schema_id).toString('hex'),
  };
};
const inHeader = { ...latest, schemaIdSerializer: HeaderSchemaIdSerializer };
await headerForm('avro', input.topic, new AvroDeserializer(client(), SerdeType.VALUE, {}),
  new AvroSerializer(client(), SerdeType.VALUE, inHeader), (value) => value);
await headerForm('parcel', input.protoTopic, new ProtobufDeserializer(client(), SerdeType.VALUE, {}),
  new ProtobufSerializer(client(), SerdeType.VALUE, { ...inHeader, registry }), protoJson);

console.log(JSON.stringify(output));
