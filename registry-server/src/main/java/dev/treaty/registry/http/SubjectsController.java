package dev.treaty.registry.http;

import dev.treaty.client.model.RegisterSchemaRequest;
import dev.treaty.client.model.Schema;
import dev.treaty.client.model.TagSchemaRequest;
import dev.treaty.registry.service.Access;
import dev.treaty.registry.service.DeleteService;
import dev.treaty.registry.service.DeprecationService;
import dev.treaty.registry.service.Registration;
import dev.treaty.registry.service.SubjectService;
import dev.treaty.registry.service.VersionSpec;
import io.javalin.http.Context;
import java.util.Iterator;

/** {@code /subjects/...}: listing, registering, looking up, reading and deleting versions. */
final class SubjectsController {

  private final SubjectService subjects;
  private final Registration registration;
  private final DeleteService deletes;
  private final ResponseFields fields;
  private final DeprecationService deprecations;
  private final SubjectAliases aliases;

  SubjectsController(
      SubjectService subjects, Registration registration, DeleteService deletes, ResponseFields fields,
      DeprecationService deprecations, SubjectAliases aliases) {
    this.aliases = aliases;
    this.deprecations = deprecations;
    this.subjects = subjects;
    this.deletes = deletes;
    this.registration = registration;
    this.fields = fields;
  }

  void list(Context ctx) {
    // filtered before paging, so that offsets and counts say nothing of the subjects left out;
    // streamed, so that 100,000 names are never one list or one buffer
    // (the database skips the offset only for callers who read every subject: for the others it
    // must count readable names alone)
    Access access = Requests.access(ctx);
    String prefix = ctx.queryParam("subjectPrefix");
    boolean deleted = Requests.flag(ctx, "deleted");
    boolean deletedOnly = Requests.flag(ctx, "deletedOnly");
    Iterator<String> page = access.readsEverything()
        ? Pages.limited(subjects.names(prefix, deleted, deletedOnly, Pages.offset(ctx)), ctx)
        : Pages.of(Pages.filter(subjects.names(prefix, deleted, deletedOnly, 0), access::mayRead), ctx);
    Responses.jsonStrings(ctx, page);
  }

  void register(Context ctx) {
    RegisterSchemaRequest request = Requests.schemaRequest(ctx);
    Registration.Registered stored = registration.registerWithWarnings(
        aliases.forWriting(ctx), request, Requests.flag(ctx, "normalize"), Requests.actor(ctx));
    Responses.json(ctx, fields.registered(stored, ctx));
  }

  /** Confluent's {@code POST .../versions/{version}/tags}: a new version with schema tags changed. */
  void modifyTags(Context ctx) {
    MediaTypes.requireJsonBody(ctx);
    TagSchemaRequest request = Requests.body(ctx, TagSchemaRequest.class);
    Schema existing = subjects.version(Requests.subject(ctx), versionOf(ctx), false, null);
    Responses.json(ctx, fields.registered(registration.modifyTags(existing, request, Requests.actor(ctx)), ctx));
  }

  void lookup(Context ctx) {
    RegisterSchemaRequest request = Requests.schemaRequest(ctx);
    Schema found = subjects.lookup(
        aliases.forWriting(ctx), request, Requests.flag(ctx, "normalize"), Requests.flag(ctx, "deleted"));
    Responses.json(ctx, fields.schema(found, ctx));
  }

  void withMetadata(Context ctx) {
    Schema found = subjects.withMetadata(
        aliases.forReading(ctx), ctx.queryParams("key"), ctx.queryParams("value"), Requests.flag(ctx, "deleted"));
    Responses.json(ctx, fields.schema(found, ctx));
  }

  void versions(Context ctx) {
    Responses.json(ctx, Pages.of(
        subjects.versions(aliases.forReading(ctx), Requests.flag(ctx, "deleted"), Requests.flag(ctx, "deletedOnly"),
            Requests.flag(ctx, "deletedAsNegative")),
        ctx));
  }

  void version(Context ctx) {
    Schema schema = subjects.version(
        aliases.forReading(ctx), versionOf(ctx), Requests.flag(ctx, "deleted"), ctx.queryParam("format"));
    DeprecationHeaders.add(ctx, deprecations.ofVersion(schema.subject(), schema.version()));
    Responses.json(ctx, ResponseFields.withFoundTags(fields.schema(schema, ctx), schema.schemaType(), schema.schema(), ctx));
  }

  void rawSchema(Context ctx) {
    Schema schema = subjects.version(
        aliases.forReading(ctx), versionOf(ctx), Requests.flag(ctx, "deleted"), ctx.queryParam("format"));
    DeprecationHeaders.add(ctx, deprecations.ofVersion(schema.subject(), schema.version()));
    Responses.text(ctx, schema.schema());
  }

  void referencedBy(Context ctx) {
    Responses.json(ctx, Pages.of(
        subjects.referencedBy(aliases.forReading(ctx), versionOf(ctx), Requests.flag(ctx, "deleted"), Requests.access(ctx)),
        ctx));
  }

  void deleteSubject(Context ctx) {
    Responses.json(ctx, deletes.deleteSubject(Requests.subject(ctx), Requests.flag(ctx, "permanent"), Requests.actor(ctx)));
  }

  void deleteVersion(Context ctx) {
    Responses.json(ctx, deletes.deleteVersion(
        Requests.subject(ctx), versionOf(ctx), Requests.flag(ctx, "permanent"), Requests.actor(ctx)));
  }

  private static VersionSpec versionOf(Context ctx) {
    return VersionSpec.parse(ctx.pathParam("version"));
  }
}
