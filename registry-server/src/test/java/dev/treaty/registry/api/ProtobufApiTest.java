package dev.treaty.registry.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;

import com.google.protobuf.DescriptorProtos.DescriptorProto;
import com.google.protobuf.DescriptorProtos.FieldDescriptorProto;
import com.google.protobuf.DescriptorProtos.FileDescriptorProto;
import dev.treaty.registry.Http;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Protobuf as .proto text and as the base64 descriptors the JavaScript and Python serdes send. */
class ProtobufApiTest extends ApiTest {

  private static final String ORDER = "syntax = \"proto3\";\npackage acme;\n\nmessage Order {\n  string id = 1;\n  int64 cents = 2;\n}\n";

  @Test
  void protoTextRegistersAndComesBackAsBase64DescriptorOnRequest() throws Exception {
    String subject = subject();
    Http.Answer registered = http.post("/subjects/" + subject + "/versions", body("PROTOBUF", ORDER, List.of()));
    assertThat(registered.status()).as(registered.text()).isEqualTo(200);
    int id = registered.json().path("id").asInt();

    String base64 = http.get("/schemas/ids/" + id + "?format=serialized").json().path("schema").asText();
    FileDescriptorProto descriptor = FileDescriptorProto.parseFrom(Base64.getDecoder().decode(base64));
    assertThat(descriptor.getPackage()).isEqualTo("acme");
    assertThat(descriptor.getMessageType(0).getName()).isEqualTo("Order");
    assertThat(http.get("/subjects/" + subject + "/versions/1?format=serialized").json().path("schema").asText())
        .isEqualTo(base64);
    assertThat(http.get("/schemas/ids/" + id).json().path("schema").asText()).contains("message Order");
    assertThat(http.get("/schemas/ids/" + id + "/schema?format=serialized").text()).isEqualTo(base64);
  }

  @Test
  void base64DescriptorRegistersAsProtoText() {
    String subject = subject();
    Http.Answer registered = http.post("/subjects/" + subject + "/versions", body("PROTOBUF", payment(), List.of()));

    assertThat(registered.status()).as(registered.text()).isEqualTo(200);
    assertThat(registered.json().path("schemaType").asText()).isEqualTo("PROTOBUF");
    int id = registered.json().path("id").asInt();
    assertThat(http.get("/schemas/ids/" + id).json().path("schema").asText()).contains("message Payment");
    assertThat(http.post("/subjects/" + subject, body("PROTOBUF", payment(), List.of())).json().path("id").asInt())
        .isEqualTo(id);
  }

  @Test
  void importFromASubjectWithSlashesResolvesThroughReferences() {
    String common = "acme/common-" + subject() + ".proto";
    http.post("/subjects/" + Http.encode(common) + "/versions", body("PROTOBUF",
        "syntax = \"proto3\";\npackage acme;\nmessage Money {\n  int64 cents = 1;\n}\n", List.of()));
    String order = "syntax = \"proto3\";\npackage acme;\nimport \"" + common + "\";\nmessage Order {\n  Money total = 1;\n}\n";
    Http.Answer registered = http.post("/subjects/" + subject() + "/versions", body(
        "PROTOBUF", order, List.of(Map.of("name", common, "subject", common, "version", 1))));

    assertThat(registered.status()).as(registered.text()).isEqualTo(200);
    assertThat(http.get("/subjects/" + Http.encode(common) + "/versions/1/referencedby").json().toString())
        .isEqualTo("[" + registered.json().path("id").asInt() + "]");
  }

  @Test
  void editionsFilesRegisterAndKeepTheirEdition() {
    String subject = subject();
    String schema = "edition = \"2023\";\npackage shop;\nmessage Order {\n  string id = 1;\n"
        + "  int32 count = 2 [features.field_presence = IMPLICIT];\n}\n";
    Http.Answer registered = http.post("/subjects/" + subject + "/versions", body("PROTOBUF", schema, java.util.List.of()));

    assertThat(registered.status()).as(registered.text()).isEqualTo(200);
    String stored = http.get("/subjects/" + subject + "/versions/latest").json().path("schema").asText();
    assertThat(stored).startsWith("edition = \"2023\";").contains("features.field_presence = IMPLICIT");
  }

  @Test
  void googleTypeAndConfluentMetaImportsNeedNoReference() {
    String schema = "syntax = \"proto3\";\npackage shop;\nimport \"google/type/money.proto\";\n"
        + "import \"confluent/meta.proto\";\nmessage Order {\n  google.type.Money total = 1"
        + " [(confluent.field_meta).tags = \"PII\"];\n}\n";
    Http.Answer registered = http.post("/subjects/" + subject() + "/versions", body("PROTOBUF", schema, java.util.List.of()));

    assertThat(registered.status()).as(registered.text()).isEqualTo(200);
  }

  @Test
  void invalidProtoTextIs42201() {
    Http.Answer answer = http.post("/subjects/" + subject() + "/versions", body("PROTOBUF", "message {", List.of()));
    assertThat(answer.errorCode()).isEqualTo(42201);
  }

  @Test
  void aDeletedFieldIsLocatedInTheOldSchemaAndAnAddedOneInTheNew() {
    String subject = subject();
    http.put("/config/" + subject, "{\"protobufRules\":\"WIRE\",\"compatibility\":\"FULL\"}");
    http.post("/subjects/" + subject + "/versions", body("PROTOBUF",
        "syntax = \"proto3\";\nmessage M {\n  string id = 1;\n  string gone = 2;\n}\n", List.of()));
    String proposed = "syntax = \"proto3\";\nmessage M {\n  string id = 1;\n\n  int64 added = 3 [deprecated = true];\n}\n";

    JsonNode found = http.post("/compatibility/subjects/" + subject + "/versions/latest?verbose=true",
        body("PROTOBUF", proposed, List.of())).json().path("incompatibilities");

    assertThat(found.findValuesAsText("side")).isNotEmpty();
    for (JsonNode each : found) {
      String expected = each.path("message").asText().contains("`gone`") ? "OLD" : "NEW";
      assertThat(each.path("side").asText()).as(each.toString()).isEqualTo(expected);
    }
    assertThat(found.toString()).contains("`gone`");
  }

  @Test
  void aDiffsLocationsCountLinesOfTheTextsItShows() {
    String subject = subject();
    http.put("/config/" + subject, "{\"compatibility\":\"NONE\"}");
    // comments and blank lines that the stored (re-printed) text no longer has
    http.post("/subjects/" + subject + "/versions", body("PROTOBUF",
        "// Parcels.\nsyntax = \"proto3\";\n\n\npackage shipping;\n\n// One parcel.\nmessage Parcel {\n\n  string id = 1;\n\n"
            + "  // going away\n  string note = 3;\n}\n", List.of()));
    http.post("/subjects/" + subject + "/versions", body("PROTOBUF",
        "syntax = \"proto3\";\npackage shipping;\n/* a parcel */\nmessage Parcel {\n  string id = 1;\n\n\n  int64 weight = 4;\n}\n",
        List.of()));

    JsonNode diff = http.get("/treaty/v1/subjects/" + subject + "/diff?from=1&to=2").json();
    List<String> located = new java.util.ArrayList<>();
    for (JsonNode change : diff.path("changes")) {
      String location = change.path("location").asText("");
      if (location.isEmpty()) {
        continue;
      }
      String[] parts = location.split(":");
      int line = Integer.parseInt(parts[parts.length - 2]);
      // a removed field is in the older text, an added one in the newer
      String text = change.path("message").asText().contains("`note`")
          ? diff.path("from").path("schema").asText() : diff.path("to").path("schema").asText();
      located.add(text.split("\n", -1)[line - 1].trim());
    }
    assertThat(located).as(diff.toString()).contains("string note = 3;", "int64 weight = 4;");
  }

  @Test
  void protobufRulesFromTheConfigChangeTheVerdict() {
    String subject = subject();
    http.post("/subjects/" + subject + "/versions", body("PROTOBUF", ORDER, List.of()));
    String renamed = ORDER.replace("string id = 1;", "string order_id = 1;");
    String check = "/compatibility/subjects/" + subject + "/versions/latest";

    boolean confluent = http.post(check, body("PROTOBUF", renamed, List.of())).json().path("is_compatible").asBoolean();
    http.put("/config/" + subject, "{\"protobufRules\":\"WIRE_JSON\"}");
    boolean wireJson = http.post(check, body("PROTOBUF", renamed, List.of())).json().path("is_compatible").asBoolean();

    assertThat(confluent).isTrue();
    assertThat(wireJson).isFalse();
  }

  private static String payment() {
    FileDescriptorProto file = FileDescriptorProto.newBuilder()
        .setName("payment.proto")
        .setSyntax("proto3")
        .setPackage("acme")
        .addMessageType(DescriptorProto.newBuilder()
            .setName("Payment")
            .addField(FieldDescriptorProto.newBuilder()
                .setName("id").setNumber(1)
                .setType(FieldDescriptorProto.Type.TYPE_STRING)
                .setLabel(FieldDescriptorProto.Label.LABEL_OPTIONAL)))
        .build();
    return Base64.getEncoder().encodeToString(file.toByteArray());
  }
}
