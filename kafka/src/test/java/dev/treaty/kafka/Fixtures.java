package dev.treaty.kafka;

import dev.treaty.compatibility.ResolvedReference;
import dev.treaty.compatibility.SchemaFormats;
import dev.treaty.compatibility.protobuf.ProtobufDescriptors;
import dev.treaty.compatibility.protobuf.ProtobufSchema;
import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.Descriptors.FileDescriptor;
import java.util.List;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;

/** The schemas and values the Kafka tests send. */
final class Fixtures {

  static final Schema ORDER_V1 = new Schema.Parser().parse("""
      {"type":"record","name":"Order","namespace":"dev.treaty.shop","fields":[
        {"name":"id","type":"string"},
        {"name":"amount","type":"double"}]}""");

  /** v1 plus a field with a default: BACKWARD (and FORWARD) compatible. */
  static final Schema ORDER_V2 = new Schema.Parser().parse("""
      {"type":"record","name":"Order","namespace":"dev.treaty.shop","fields":[
        {"name":"id","type":"string"},
        {"name":"amount","type":"double"},
        {"name":"currency","type":"string","default":"EUR"}]}""");

  /** v2 plus a field without a default: a v3 reader cannot read v2 records, so BACKWARD refuses it. */
  static final Schema ORDER_V3 = new Schema.Parser().parse("""
      {"type":"record","name":"Order","namespace":"dev.treaty.shop","fields":[
        {"name":"id","type":"string"},
        {"name":"amount","type":"double"},
        {"name":"currency","type":"string","default":"EUR"},
        {"name":"priority","type":"int"}]}""");

  static final String PROTO = """
      syntax = "proto3";
      package dev.treaty.shop;

      message Note {
        string text = 1;
      }

      message Shipment {
        string id = 1;
        repeated Parcel parcels = 2;
        map<string, int32> counts = 3;
        Status status = 4;

        message Parcel {
          string sku = 1;
          int32 weight = 2;
          Label label = 3;

          message Label {
            string code = 1;
          }
        }

        enum Status {
          STATUS_UNSPECIFIED = 0;
          STATUS_SENT = 1;
        }
      }
      """;

  static final String JSON_SCHEMA = """
      {"$schema":"http://json-schema.org/draft-07/schema#","title":"Invoice","type":"object",
       "properties":{"number":{"type":"string"},"total":{"type":"number"},"lines":{"type":"array","items":{"type":"string"}}},
       "required":["number","total"],"additionalProperties":false}""";

  private Fixtures() {}

  static GenericRecord order(Schema schema, String id, double amount) {
    GenericRecord order = new GenericData.Record(schema);
    order.put("id", id);
    order.put("amount", amount);
    if (schema.getField("currency") != null) {
      order.put("currency", "CHF");
    }
    if (schema.getField("priority") != null) {
      order.put("priority", 1);
    }
    return order;
  }

  /** Built once: serializers cache per descriptor object. */
  static final FileDescriptor PROTO_FILE =
      ProtobufDescriptors.toFileDescriptor((ProtobufSchema) SchemaFormats.PROTOBUF.parse(PROTO, List.<ResolvedReference>of()));

  static Descriptor message(String relativeName) {
    String[] parts = relativeName.split("\\.");
    Descriptor found = PROTO_FILE.findMessageTypeByName(parts[0]);
    for (int i = 1; i < parts.length; i++) {
      found = found.findNestedTypeByName(parts[i]);
    }
    return found;
  }
}
