package dev.treaty.registry.api;

import dev.treaty.registry.Backend;
import dev.treaty.registry.Http;
import dev.treaty.registry.TestRegistry;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Base of the API tests: each test class runs once on H2 and once on PostgreSQL, against a real
 * server over HTTP. Tests use fresh subject names, so they share one server per class.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(Backend.class)
abstract class ApiTest {

  private static final AtomicInteger SUBJECTS = new AtomicInteger();

  @Parameter Backend backend;

  static TestRegistry registry;
  static Http http;

  @BeforeParameterizedClassInvocation
  static void startServer(Backend backend) {
    registry = TestRegistry.start(backend);
    http = registry.http();
  }

  @AfterParameterizedClassInvocation
  static void stopServer() {
    registry.close();
  }

  /** A subject no other test uses. */
  static String subject() {
    return "subject-" + SUBJECTS.incrementAndGet();
  }

  /** An Avro record schema; a field written {@code name=default} has a string default. */
  static String avro(String name, String... fields) {
    StringBuilder json = new StringBuilder("{\"type\":\"record\",\"name\":\"" + name + "\",\"fields\":[");
    for (int i = 0; i < fields.length; i++) {
      String[] parts = fields[i].split("=", 2);
      json.append(i == 0 ? "" : ",").append("{\"name\":\"").append(parts[0]).append("\",\"type\":\"string\"");
      if (parts.length == 2) {
        json.append(",\"default\":\"").append(parts[1]).append("\"");
      }
      json.append("}");
    }
    return json.append("]}").toString();
  }

  /** A register / lookup / check body. */
  static String body(String schema) {
    return Http.json(Map.of("schema", schema));
  }

  static String body(String schemaType, String schema, List<Map<String, Object>> references) {
    return Http.json(Map.of("schemaType", schemaType, "schema", schema, "references", references));
  }

  static Http.Answer register(String subject, String schema) {
    return http.post("/subjects/" + Http.encode(subject) + "/versions", body(schema));
  }

  static int registerId(String subject, String schema) {
    Http.Answer answer = register(subject, schema);
    if (answer.status() != 200) {
      throw new AssertionError("Registration failed: " + answer);
    }
    return answer.json().path("id").asInt();
  }
}
