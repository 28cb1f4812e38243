// Validates AsyncAPI documents with @asyncapi/parser and the Avro and Protobuf schema parsers (run by
// AsyncApiValidityTest). Arguments: document files. Prints, per file, the parser's diagnostics and,
// per message, the schema format, the headers and correlation id its traits gave it, and its payload.
import { readFileSync } from 'node:fs';
import { Parser } from '@asyncapi/parser';
import { AvroSchemaParser } from '@asyncapi/avro-schema-parser';
import { ProtoBuffSchemaParser } from '@asyncapi/protobuf-schema-parser';

const parser = new Parser();
parser.registerSchemaParser(AvroSchemaParser());
parser.registerSchemaParser(ProtoBuffSchemaParser());

const results = {};
for (const file of process.argv.slice(2)) {
  const { document, diagnostics } = await parser.parse(readFileSync(file, 'utf8'));
  const messages = {};
  if (document) {
    for (const message of document.allMessages()) {
      const json = message.json();
      messages[message.id()] = {
        schemaFormat: message.schemaFormat(),
        // what the envelope trait gave the message
        headers: message.hasHeaders() ? Object.keys(message.headers().properties() || {}) : [],
        correlationId: message.hasCorrelationId() ? message.correlationId().location() : null,
        schema: json['x-parser-original-payload'] ?? json.payload ?? null,
      };
    }
  }
  results[file] = {
    parsed: document !== undefined,
    diagnostics: diagnostics.map(d => ({ code: d.code, message: d.message, path: d.path, severity: d.severity })),
    messages,
  };
}
console.log(JSON.stringify(results));
