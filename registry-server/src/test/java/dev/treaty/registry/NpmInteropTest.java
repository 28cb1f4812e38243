package dev.treaty.registry;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Third-party clients from npm against a real server. Confluent's JavaScript client ({@code @confluentinc/schemaregistry} from npm) against a real
 * server: register, look up, fetch by id, configure, check, and Avro, JSON Schema and Protobuf
 * (nested messages, so message indexes) serialize / deserialize round trips through the registry,
 * schema GUIDs (lookups, and serdes carrying the guid in a header), Protobuf versions tagged by
 * Treaty;
 * and kafkajs' client (3.x), which sets the
 * subject's config itself before registering.
 */
class NpmInteropTest {


  @Test
  void confluentJavaScriptClientRegistersFetchesAndRoundTripsAvro() throws Exception {
    try (TestRegistry registry = TestRegistry.start(Backend.H2)) {
      JsonNode result = script(registry, "interop.mjs", "payments");

      int id = result.path("id").asInt();
      assertThat(id).isPositive();
      assertThat(result.path("fetchedSchema").asText()).contains("\"name\":\"Payment\"");
      assertThat(result.path("fetchedType").asText()).isEqualTo("AVRO");
      assertThat(result.path("idByLookup").asInt()).isEqualTo(id);
      assertThat(result.path("version").asInt()).isEqualTo(1);
      assertThat(result.path("compatible").asBoolean()).isTrue();
      assertThat(result.path("config").path("compatibility").asText()).isEqualTo("FULL");
      assertThat(result.path("compatibility").asText()).isEqualTo("FULL");
      assertThat(result.path("latestVersion").asInt()).isEqualTo(2);
      assertThat(result.path("latestId").asInt()).isEqualTo(result.path("evolvedId").asInt());
      assertThat(result.path("magicByte").asInt()).isZero();
      assertThat(result.path("idInPayload").asInt()).isEqualTo(result.path("evolvedId").asInt());
      assertThat(result.path("roundTrip").toString())
          .isEqualTo("{\"id\":\"p-1\",\"amount\":12.5,\"currency\":\"CHF\"}");
      assertThat(result.path("missing").path("status").asInt()).isEqualTo(404);
      assertThat(result.path("missing").path("errorCode").asInt()).isEqualTo(40401);
      assertThat(result.path("jsonIdInPayload").asInt()).isEqualTo(result.path("jsonId").asInt());
      assertThat(result.path("jsonRoundTrip").toString()).isEqualTo("{\"sku\":\"A-1\",\"qty\":2}");
      assertThat(registry.http().get("/subjects").json().toString())
          .isEqualTo("[\"payments-json-value\",\"payments-value\"]");
    }
  }

  /**
   * Protobuf with Confluent's JavaScript serdes: the serializer registers the file as a base64
   * descriptor, writes the message indexes of the message it serializes (Order is the file's
   * second message; Order.Customer is nested in it), and the deserializer finds the message again
   * from the indexes in the schema the registry answers.
   */
  @Test
  void confluentJavaScriptSerdesRoundTripProtobufWithNestedMessages() throws Exception {
    try (TestRegistry registry = TestRegistry.start(Backend.H2)) {
      JsonNode result = script(registry, "protobuf.mjs", "orders");

      JsonNode order = result.path("order");
      assertThat(order.path("magicByte").asInt()).isZero();
      assertThat(order.path("indexBytes").toString()).as("one index, 1 (zigzag varints)").isEqualTo("[2,2]");
      assertThat(order.path("typeName").asText()).isEqualTo("dev.treaty.interop.Order");
      assertThat(order.path("decoded").toString()).isEqualTo("{\"id\":\"o-1\",\"lines\":[{\"sku\":\"A-1\",\"qty\":2},"
          + "{\"sku\":\"B-7\",\"qty\":1}],\"customer\":{\"name\":\"Ada\",\"address\":{\"city\":\"Oslo\"}}}");
      JsonNode customer = result.path("customer");
      assertThat(customer.path("indexBytes").toString()).as("two indexes, 1 and 1").isEqualTo("[4,2,2]");
      assertThat(customer.path("typeName").asText()).isEqualTo("dev.treaty.interop.Order.Customer");
      assertThat(customer.path("decoded").toString()).isEqualTo("{\"name\":\"Grace\",\"address\":{\"city\":\"Bergen\"}}");
      // one file, registered under two subjects: one schema, one id
      int id = order.path("id").asInt();
      assertThat(customer.path("id").asInt()).isEqualTo(id);
      assertThat(registry.http().get("/subjects").json().toString())
          .isEqualTo("[\"orders-customer-value\",\"orders-value\"]");
      assertThat(registry.http().get("/schemas/ids/" + id).json().path("schema").asText())
          .contains("message Order {").contains("message Customer {").contains("message Address {");
    }
  }

  /**
   * Schema GUIDs: Confluent's client reads the guid from the register answer and the latest
   * version, fetches the schema by it, and its serdes can carry it in the {@code __value_schema_id}
   * header (magic byte 1, then the 16 bytes of the UUID) so that the consumer finds the writer's
   * schema by guid. The same schema under another subject keeps its guid.
   */
  @Test
  void confluentJavaScriptClientFindsSchemasByGuidAndSerdesCarryItInHeaders() throws Exception {
    try (TestRegistry registry = TestRegistry.start(Backend.H2)) {
      JsonNode result = script(registry, "guid.mjs", "invoices");

      String guid = result.path("guid").asText();
      assertThat(java.util.UUID.fromString(guid).toString()).isEqualTo(guid);
      assertThat(result.path("version").asInt()).isEqualTo(1);
      assertThat(result.path("byGuidSchema").asText()).contains("\"name\":\"Invoice\"");
      assertThat(result.path("byGuidType").asText()).isEqualTo("AVRO");
      assertThat(result.path("latestGuid").asText()).isEqualTo(guid);
      assertThat(result.path("copyId").asInt()).isEqualTo(result.path("id").asInt());
      assertThat(result.path("copyGuid").asText()).isEqualTo(guid);
      assertThat(result.path("headerMagic").asInt()).isEqualTo(1);
      assertThat(result.path("headerGuidHex").asText()).isEqualTo(guid.replace("-", ""));
      assertThat(result.path("roundTrip").toString()).isEqualTo("{\"number\":\"INV-7\",\"total\":99.5}");
      assertThat(result.path("unknown").path("status").asInt()).isEqualTo(404);
      assertThat(result.path("unknown").path("errorCode").asInt()).isEqualTo(40403);
      assertThat(registry.http().get("/schemas/guids/" + guid).json().path("schema").asText()).contains("Invoice");
    }
  }

  /**
   * Protobuf schema tags as Treaty writes them (a {@code (confluent.field_meta)} option and an
   * import of {@code confluent/meta.proto}) are read by Confluent's JavaScript serdes, which build
   * the tagged version with their own copy of meta.proto to write and read with it.
   */
  @Test
  void confluentJavaScriptSerdesUseAProtobufVersionTaggedByTreaty() throws Exception {
    try (TestRegistry registry = TestRegistry.start(Backend.H2)) {
      JsonNode result = script(registry, "protobuf-tags.mjs", "payments");

      assertThat(registry.http().get("/subjects/payments-value/versions").json().toString()).isEqualTo("[1,2]");
      assertThat(result.path("idInPayload").asInt()).isEqualTo(result.path("taggedId").asInt());
      assertThat(result.path("latestSchema").asText()).contains("import \"confluent/meta.proto\";")
          .contains("(confluent.field_meta)").contains("\"PII\"");
      assertThat(result.path("decoded").toString()).isEqualTo("{\"id\":\"p-1\",\"card\":\"4111\"}");
      assertThat(registry.http().get("/subjects/payments-value/versions/2?findTags=PII").json().path("schemaTags")
          .get(0).path("schemaEntity").path("entityPath").asText()).isEqualTo("dev.treaty.interop.Payment.card");
    }
  }

  @Test
  void confluentJavaScriptClientWorksInAContextThroughItsBaseUrl() throws Exception {
    try (TestRegistry registry = TestRegistry.start(Backend.H2)) {
      JsonNode result = script(registry, "contexts.mjs", "refunds");

      int id = result.path("id").asInt();
      assertThat(result.path("versions").toString()).isEqualTo("[1]");
      // the client in the context sees its subjects qualified, as Confluent answers
      assertThat(result.path("contextSubjects").toString()).isEqualTo("[\":.npm:refunds-value\"]");
      assertThat(result.path("allSubjects").toString()).isEqualTo("[\":.npm:refunds-value\"]");
      assertThat(result.path("latestQualifiedId").asInt()).isEqualTo(id);
      assertThat(result.path("serializedId").asInt()).isEqualTo(id);
      assertThat(result.path("roundTrip").toString()).isEqualTo("{\"id\":\"r-1\",\"amount\":3.5}");
      assertThat(registry.http().get("/contexts").json().toString()).isEqualTo("[\".\",\".npm\"]");
    }
  }

  @Test
  void kafkajsClientSetsConfigRegistersAndRoundTripsAvro() throws Exception {
    try (TestRegistry registry = TestRegistry.start(Backend.H2)) {
      JsonNode result = script(registry, "kafkajs.mjs", "shipments");

      int id = result.path("id").asInt();
      assertThat(id).isPositive();
      assertThat(result.path("latestId").asInt()).isEqualTo(id);
      assertThat(result.path("idBySchema").asInt()).isEqualTo(id);
      assertThat(result.path("againId").asInt()).isEqualTo(id);
      assertThat(result.path("decoded").toString()).isEqualTo("{\"id\":\"s-1\",\"weight\":2.5}");
      assertThat(result.path("incompatible").path("status").asInt()).isEqualTo(409);
      assertThat(result.path("incompatible").path("message").asText()).contains("incompatible");
      // kafkajs set the subject's level itself after the 404 of GET /config/{subject}
      assertThat(registry.http().get("/config/shipments-value").json().path("compatibilityLevel").asText())
          .isEqualTo("BACKWARD");
    }
  }

  // Runs one of the npm project's scripts against the registry: it prints its findings as JSON.
  private static JsonNode script(TestRegistry registry, String script, String subject) throws Exception {
    NpmProject.install("@confluentinc/schemaregistry", "@kafkajs/confluent-schema-registry");
    return new ObjectMapper().readTree(NpmProject.run(
        List.of("node", script, "http://127.0.0.1:" + registry.port(), subject)));
  }
}
