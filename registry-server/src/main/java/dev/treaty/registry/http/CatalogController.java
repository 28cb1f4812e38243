package dev.treaty.registry.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.treaty.client.asyncapi.AsyncApi;
import dev.treaty.client.model.Application;
import dev.treaty.registry.contracts.Contracts;
import io.javalin.http.Context;
import java.util.Locale;

/** The catalog: applications' owners and descriptions, and their AsyncAPI documents. */
final class CatalogController {

  static final String YAML = "application/yaml";

  private final Contracts.Services services;

  CatalogController(Contracts.Services services) {
    this.services = services;
  }

  void application(Context ctx) {
    Responses.json(ctx, services.applications().application(ctx.pathParam("application")));
  }

  void describe(Context ctx) {
    MediaTypes.requireJsonBody(ctx);
    Responses.json(ctx, services.applications().describe(
        ctx.pathParam("application"), Requests.body(ctx, Application.class), Requests.actor(ctx)));
  }

  void catalog(Context ctx) {
    Responses.json(ctx, services.applications().applications());
  }

  /**
   * {@code ?version=} or {@code ?environment=}; JSON unless the Accept header asks for YAML. The
   * service refuses a document showing a subject the caller may not read.
   */
  void asyncApi(Context ctx) {
    ObjectNode document = services.asyncApi().document(ctx.pathParam("application"), ctx.queryParam("version"),
        ctx.queryParam("environment"), Requests.access(ctx));
    String accept = ctx.header("Accept");
    if (accept != null && accept.toLowerCase(Locale.ROOT).contains("yaml")) {
      ctx.status(200).contentType(YAML).result(AsyncApi.yaml(document));
    } else {
      ctx.status(200).contentType(MediaTypes.JSON).result(AsyncApi.json(document));
    }
  }
}
