package dev.treaty.registry.http;

import dev.treaty.registry.service.Access;
import dev.treaty.registry.service.ErrorCode;
import dev.treaty.registry.service.RegistryException;
import dev.treaty.registry.service.SchemaService;
import io.javalin.http.Context;

/** {@code /schemas/...}: schemas by id and by GUID, the list of types and the listing of all versions. */
final class SchemasController {

  private final SchemaService schemas;
  private final ResponseFields fields;

  SchemasController(SchemaService schemas, ResponseFields fields) {
    this.schemas = schemas;
    this.fields = fields;
  }

  void byId(Context ctx) {
    String subject = ctx.queryParam("subject");
    boolean fetchMaxId = Requests.flag(ctx, "fetchMaxId");
    String format = ctx.queryParam("format");
    Access access = Requests.access(ctx);
    if ((subject == null || subject.isEmpty()) && !fetchMaxId && format == null && access.readsEverything()
        && ctx.queryParams("findTags").isEmpty()) {
      byte[] body = schemas.renderedById(id(ctx), fields.acceptsNewer(ctx), Responses::bytes);
      ctx.status(200).contentType(MediaTypes.negotiate(ctx)).result(body);
      return;
    }
    var found = fields.schemaString(schemas.byId(id(ctx), subject, fetchMaxId, format, access), ctx);
    Responses.json(ctx, ResponseFields.withFoundTags(found, found.schemaType(), found.schema(), ctx));
  }

  /** {@code GET /schemas/guids/{guid}}: the guid was asked for, so it is in the answer whatever the client. */
  void byGuid(Context ctx) {
    Responses.json(ctx, schemas.byGuid(ctx.pathParam("guid"), ctx.queryParam("format"), Requests.access(ctx)));
  }

  void idsOfGuid(Context ctx) {
    Responses.json(ctx, schemas.idsOfGuid(ctx.pathParam("guid"), Requests.access(ctx)));
  }

  void rawById(Context ctx) {
    Responses.text(ctx, schemas.byId(id(ctx), ctx.queryParam("subject"), false, ctx.queryParam("format"), Requests.access(ctx)).schema());
  }

  void subjectsOfId(Context ctx) {
    Responses.json(ctx, Pages.of(schemas.subjectsOf(id(ctx), ctx.queryParam("subject"), Requests.flag(ctx, "deleted"), Requests.access(ctx)), ctx));
  }

  void versionsOfId(Context ctx) {
    Responses.json(ctx, Pages.of(schemas.usages(id(ctx), ctx.queryParam("subject"), Requests.flag(ctx, "deleted"), Requests.access(ctx)), ctx));
  }

  void types(Context ctx) {
    Responses.json(ctx, schemas.types());
  }

  void list(Context ctx) {
    var listed = schemas.list(
        ctx.queryParam("subjectPrefix"),
        Requests.flag(ctx, "deleted"),
        Requests.flag(ctx, "latestOnly"),
        ctx.queryParam("ruleType"),
        Requests.number(ctx, "offset", 0),
        Requests.number(ctx, "limit", -1),
        Requests.access(ctx));
    Responses.json(ctx, listed.stream().map(schema -> fields.schema(schema, ctx)).toList());
  }

  private static int id(Context ctx) {
    String text = ctx.pathParam("id");
    try {
      return Integer.parseInt(text.trim());
    } catch (NumberFormatException e) {
      throw new RegistryException(ErrorCode.SCHEMA_NOT_FOUND, "Schema " + text + " not found");
    }
  }
}
