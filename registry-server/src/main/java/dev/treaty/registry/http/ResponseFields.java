package dev.treaty.registry.http;

import dev.treaty.client.model.RegisterSchemaResponse;
import dev.treaty.client.model.Schema;
import dev.treaty.client.model.SchemaString;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.treaty.registry.service.FoundTags;
import dev.treaty.registry.service.Json;
import java.util.List;
import dev.treaty.registry.service.Registration;
import io.javalin.http.Context;

/**
 * Which optional fields an answer carries. Java clients before 7.0 fail on fields they do not
 * know, so {@code guid}, {@code ts} and {@code deleted} go only to clients that say they accept
 * unknown properties, or to everyone when the server is configured so.
 */
final class ResponseFields {

  private final boolean alwaysNewerFields;

  ResponseFields(boolean alwaysNewerFields) {
    this.alwaysNewerFields = alwaysNewerFields;
  }

  Schema schema(Schema schema, Context ctx) {
    return acceptsNewer(ctx) ? schema : schema.withoutNewerFields();
  }

  SchemaString schemaString(SchemaString schema, Context ctx) {
    return acceptsNewer(ctx) ? schema : schema.withoutGuid();
  }

  /**
   * The answer to a registration, with {@code "warnings"} (the lint findings it was registered with)
   * beside the id when there are any, for every client except an old Java one: those fail on
   * fields they do not know, and find the warnings on the version instead.
   */
  Object registered(Registration.Registered registered, Context ctx) {
    RegisterSchemaResponse body = registered(registered.schema(), ctx);
    if (registered.warnings().isEmpty() || (!acceptsNewer(ctx) && isPlainJavaClient(ctx))) {
      return body;
    }
    ObjectNode withWarnings = Json.MAPPER.valueToTree(body);
    withWarnings.set("warnings", Json.MAPPER.valueToTree(registered.warnings()));
    return withWarnings;
  }

  private static boolean isPlainJavaClient(Context ctx) {
    String agent = ctx.header("User-Agent");
    return agent != null && agent.startsWith("Java/");
  }

  RegisterSchemaResponse registered(Schema schema, Context ctx) {
    if (!acceptsNewer(ctx)) {
      return new RegisterSchemaResponse(schema.id(), null, null, null, null, null, null, null);
    }
    return new RegisterSchemaResponse(
        schema.id(), schema.version(), schema.guid(), schema.schemaType(), schema.references(), schema.metadata(),
        schema.ruleSet(), schema.schema());
  }

  /** The answer with Confluent's {@code schemaTags} added when the request asks for them with {@code findTags}. */
  static Object withFoundTags(Object answer, String schemaType, String text, Context ctx) {
    List<String> wanted = ctx.queryParams("findTags").stream()
        .flatMap(value -> java.util.Arrays.stream(value.split(","))).map(String::trim).filter(tag -> !tag.isEmpty())
        .toList();
    if (wanted.isEmpty()) {
      return answer;
    }
    ObjectNode node = Json.MAPPER.valueToTree(answer);
    node.set("schemaTags", FoundTags.of(schemaType, text, wanted));
    return node;
  }

  boolean acceptsNewer(Context ctx) {
    return alwaysNewerFields || "true".equalsIgnoreCase(ctx.header("Confluent-Accept-Unknown-Properties"));
  }
}
