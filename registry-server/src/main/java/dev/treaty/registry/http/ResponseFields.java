package dev.treaty.registry.http;

import dev.treaty.client.model.RegisterSchemaResponse;
import dev.treaty.client.model.Schema;
import io.javalin.http.Context;

/**
 * Which optional fields an answer carries. Java clients before 7.0 fail on fields they do not
 * know, so {@code ts} and {@code deleted} go only to clients that say they accept unknown
 * properties, or to everyone when the server is configured so.
 */
final class ResponseFields {

  private final boolean alwaysNewerFields;

  ResponseFields(boolean alwaysNewerFields) {
    this.alwaysNewerFields = alwaysNewerFields;
  }

  Schema schema(Schema schema, Context ctx) {
    return acceptsNewer(ctx) ? schema : schema.withoutNewerFields();
  }

  RegisterSchemaResponse registered(Schema schema, Context ctx) {
    if (!acceptsNewer(ctx)) {
      return new RegisterSchemaResponse(schema.id(), null, null, null, null, null, null);
    }
    return new RegisterSchemaResponse(
        schema.id(), schema.version(), schema.schemaType(), schema.references(), schema.metadata(), schema.ruleSet(),
        schema.schema());
  }

  private boolean acceptsNewer(Context ctx) {
    return alwaysNewerFields || "true".equalsIgnoreCase(ctx.header("Confluent-Accept-Unknown-Properties"));
  }
}
