// Protobuf through a Treaty registry with Confluent's own JavaScript serdes, nested messages
// included, so that message indexes travel in the payload. The descriptors are built at run time
// (what protoc-gen-es would generate). Usage: node protobuf.mjs <registry-url> <topic>.
// Prints one JSON line of results.
import { create, createFileRegistry, createMutableRegistry, toJson } from '@bufbuild/protobuf';
import { FileDescriptorProtoSchema } from '@bufbuild/protobuf/wkt';
import {
  ProtobufDeserializer, ProtobufSerializer, SchemaRegistryClient, SerdeType,
} from '@confluentinc/schemaregistry';

const [url, topic] = process.argv.slice(2);

// google.protobuf.FieldDescriptorProto's Type and Label numbers
const STRING = 9, INT32 = 5, MESSAGE = 11, OPTIONAL = 1, REPEATED = 3;
const field = (name, number, type, typeName, label = OPTIONAL) =>
  ({ name, number, type, label, jsonName: name, ...(typeName ? { typeName } : {}) });

// syntax = "proto3"; package dev.treaty.interop;
// message Envelope { string id = 1; }
// message Order {
//   string id = 1; repeated Line lines = 2; Customer customer = 3;
//   message Line { string sku = 1; int32 qty = 2; }
//   message Customer { string name = 1; Address address = 2; message Address { string city = 1; } }
// }
const file = create(FileDescriptorProtoSchema, {
  name: 'dev/treaty/interop/order.proto',
  package: 'dev.treaty.interop',
  syntax: 'proto3',
  messageType: [
    { name: 'Envelope', field: [field('id', 1, STRING)] },
    {
      name: 'Order',
      field: [
        field('id', 1, STRING),
        field('lines', 2, MESSAGE, '.dev.treaty.interop.Order.Line', REPEATED),
        field('customer', 3, MESSAGE, '.dev.treaty.interop.Order.Customer'),
      ],
      nestedType: [
        { name: 'Line', field: [field('sku', 1, STRING), field('qty', 2, INT32)] },
        {
          name: 'Customer',
          field: [field('name', 1, STRING), field('address', 2, MESSAGE, '.dev.treaty.interop.Order.Customer.Address')],
          nestedType: [{ name: 'Address', field: [field('city', 1, STRING)] }],
        },
      ],
    },
  ],
});
const registry = createMutableRegistry(createFileRegistry(file, () => undefined).getFile(file.name));
const Order = registry.getMessage('dev.treaty.interop.Order');
const Customer = registry.getMessage('dev.treaty.interop.Order.Customer');

// A fresh client per step, so that answers come from the server and not the client's cache.
const client = () => new SchemaRegistryClient({ baseURLs: [url], maxRetries: 0 });

async function roundTrip(recordTopic, desc, value) {
  const serializer = new ProtobufSerializer(client(), SerdeType.VALUE, { autoRegisterSchemas: true, registry });
  const bytes = await serializer.serialize(recordTopic, create(desc, value));
  const decoded = await new ProtobufDeserializer(client(), SerdeType.VALUE, {}).deserialize(recordTopic, bytes);
  return {
    magicByte: bytes[0],
    id: bytes.readInt32BE(1),
    // the message indexes, as Confluent writes them: zigzag varints, the count first
    indexBytes: [...bytes.subarray(5, 5 + (desc === Order ? 2 : 3))],
    typeName: decoded.$typeName,
    decoded: toJson(registry.getMessage(decoded.$typeName), decoded),
  };
}

const order = await roundTrip(topic, Order, {
  id: 'o-1',
  lines: [{ sku: 'A-1', qty: 2 }, { sku: 'B-7', qty: 1 }],
  customer: { name: 'Ada', address: { city: 'Oslo' } },
});
const customer = await roundTrip(`${topic}-customer`, Customer, { name: 'Grace', address: { city: 'Bergen' } });

console.log(JSON.stringify({ order, customer }));
