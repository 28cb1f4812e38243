package dev.treaty.registry.http;

import dev.treaty.client.model.RegisterSchemaRequest;
import dev.treaty.registry.service.CompatibilityService;
import dev.treaty.registry.service.VersionSpec;
import io.javalin.http.Context;

/** {@code /compatibility/subjects/{subject}/versions[/{version}]}. */
final class CompatibilityController {

  private final CompatibilityService compatibility;
  private final SubjectAliases aliases;

  CompatibilityController(CompatibilityService compatibility, SubjectAliases aliases) {
    this.compatibility = compatibility;
    this.aliases = aliases;
  }

  void againstVersion(Context ctx) {
    check(ctx, VersionSpec.parse(ctx.pathParam("version")));
  }

  void againstAll(Context ctx) {
    check(ctx, null);
  }

  private void check(Context ctx, VersionSpec spec) {
    RegisterSchemaRequest request = Requests.schemaRequest(ctx);
    boolean verbose = Requests.flag(ctx, "verbose");
    Responses.json(ctx, VerdictBodies.check(
        compatibility.check(aliases.forWriting(ctx), spec, request, Requests.flag(ctx, "normalize"), verbose), verbose));
  }
}
