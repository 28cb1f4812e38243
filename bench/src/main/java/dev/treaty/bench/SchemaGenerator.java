package dev.treaty.bench;

import java.util.ArrayList;
import java.util.List;

/** Builds the large, realistic schemas the benchmarks check: many fields of mixed types. */
final class SchemaGenerator {

  private SchemaGenerator() {}

  /** An Avro record with {@code fields} fields; fields past the first 100 carry defaults. */
  static String avroRecord(int fields) {
    List<String> parts = new ArrayList<>();
    for (int i = 0; i < fields; i++) {
      String type =
          switch (i % 8) {
            case 0 -> "\"int\"";
            case 1 -> "\"long\"";
            case 2 -> "\"string\"";
            case 3 -> "[\"null\",\"string\"]";
            case 4 -> "{\"type\":\"array\",\"items\":\"string\"}";
            case 5 -> "{\"type\":\"map\",\"values\":\"long\"}";
            case 6 -> "{\"type\":\"enum\",\"name\":\"Status" + i + "\",\"symbols\":[\"NEW\",\"PAID\",\"VOID\"]}";
            default -> "{\"type\":\"record\",\"name\":\"Money" + i + "\",\"fields\":["
                + "{\"name\":\"units\",\"type\":\"long\"},{\"name\":\"currency\",\"type\":\"string\"}]}";
          };
      String defaultValue =
          switch (i % 8) {
            case 0, 1 -> "0";
            case 2 -> "\"\"";
            case 3 -> "null";
            case 4 -> "[]";
            case 5 -> "{}";
            case 6 -> "\"NEW\"";
            default -> "{\"units\":0,\"currency\":\"EUR\"}";
          };
      parts.add("{\"name\":\"f" + i + "\",\"type\":" + type + (i >= 100 ? ",\"default\":" + defaultValue : "") + "}");
    }
    return "{\"type\":\"record\",\"name\":\"Payment\",\"namespace\":\"dev.treaty.bench\",\"fields\":["
        + String.join(",", parts) + "]}";
  }

  /** A proto3 file of {@code messages} messages of ten fields, each with one extra when {@code evolved}. */
  static String protoFile(int messages, boolean evolved) {
    StringBuilder proto = new StringBuilder("syntax = \"proto3\";\npackage dev.treaty.bench;\n\n");
    proto.append("enum Status {\n  STATUS_UNKNOWN = 0;\n  STATUS_NEW = 1;\n  STATUS_PAID = 2;\n}\n\n");
    for (int m = 0; m < messages; m++) {
      proto.append("message Event").append(m).append(" {\n");
      proto.append("  string id = 1;\n  int64 created_at = 2;\n  Status status = 3;\n");
      proto.append("  repeated string tags = 4;\n  map<string, int64> counters = 5;\n");
      proto.append("  double amount = 6;\n  bytes payload = 7;\n  bool final = 8;\n");
      proto.append(m > 0 ? "  Event" + (m - 1) + " previous = 9;\n" : "  sint32 delta = 9;\n");
      proto.append("  oneof target {\n    string user_id = 10;\n    string team_id = 11;\n  }\n");
      if (evolved) {
        proto.append("  string note = 12;\n");
      }
      proto.append("}\n\n");
    }
    return proto.toString();
  }

  /** A closed JSON Schema object of {@code properties} properties, the last ones optional. */
  static String jsonSchema(int properties) {
    List<String> parts = new ArrayList<>();
    List<String> required = new ArrayList<>();
    for (int i = 0; i < properties; i++) {
      String schema =
          switch (i % 6) {
            case 0 -> "{\"type\":\"integer\",\"minimum\":0}";
            case 1 -> "{\"type\":\"string\",\"maxLength\":64}";
            case 2 -> "{\"type\":\"number\"}";
            case 3 -> "{\"type\":\"array\",\"items\":{\"type\":\"string\"}}";
            case 4 -> "{\"type\":\"string\",\"enum\":[\"NEW\",\"PAID\",\"VOID\"]}";
            default -> "{\"type\":\"object\",\"properties\":{\"units\":{\"type\":\"integer\"},"
                + "\"currency\":{\"type\":\"string\"}},\"additionalProperties\":false}";
          };
      parts.add("\"p" + i + "\":" + schema);
      if (i < 50) {
        required.add("\"p" + i + "\"");
      }
    }
    return "{\"$schema\":\"http://json-schema.org/draft-07/schema#\",\"type\":\"object\",\"properties\":{"
        + String.join(",", parts) + "},\"required\":[" + String.join(",", required)
        + "],\"additionalProperties\":false}";
  }
}
