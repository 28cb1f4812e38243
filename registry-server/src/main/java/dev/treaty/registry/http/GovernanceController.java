package dev.treaty.registry.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.treaty.compatibility.lint.LintRules;
import dev.treaty.registry.service.DeprecationService;
import dev.treaty.registry.service.ErrorCode;
import dev.treaty.registry.service.LintRuleSetService;
import dev.treaty.registry.service.LintService;
import dev.treaty.registry.service.RegistryException;
import io.javalin.http.Context;
import java.util.Map;

/** Lint rule sets, linting without registering, and deprecations of subjects and versions. */
final class GovernanceController {

  private final LintService lint;
  private final LintRuleSetService ruleSets;
  private final DeprecationService deprecations;

  GovernanceController(LintService lint, LintRuleSetService ruleSets, DeprecationService deprecations) {
    this.lint = lint;
    this.ruleSets = ruleSets;
    this.deprecations = deprecations;
  }

  void lint(Context ctx) {
    Responses.json(ctx, lint.lint(null, lintRequest(ctx)));
  }

  void lintAsSubject(Context ctx) {
    Responses.json(ctx, lint.lint(Requests.subject(ctx), lintRequest(ctx)));
  }

  /** A schema to lint, whose references point only into subjects the caller may read. */
  private static JsonNode lintRequest(Context ctx) {
    JsonNode body = Requests.body(ctx, JsonNode.class);
    JsonNode references = body == null ? null : body.get("references");
    if (references != null && references.isArray()) {
      java.util.List<String> subjects = new java.util.ArrayList<>();
      references.forEach(reference -> {
        JsonNode subject = reference.get("subject");
        if (subject != null && subject.isTextual()) {
          subjects.add(subject.asText());
        }
      });
      Requests.access(ctx).requireReadable(subjects);
    }
    return body;
  }

  void ruleSets(Context ctx) {
    Responses.json(ctx, Map.of("ruleSets", ruleSets.names(), "rules", LintRules.catalog()));
  }

  void ruleSet(Context ctx) {
    Responses.json(ctx, ruleSets.get(ctx.pathParam("name")));
  }

  void putRuleSet(Context ctx) {
    Responses.json(ctx, ruleSets.put(ctx.pathParam("name"), Requests.body(ctx, JsonNode.class), Requests.actor(ctx)));
  }

  void deleteRuleSet(Context ctx) {
    ruleSets.delete(ctx.pathParam("name"), Requests.actor(ctx));
    ctx.status(204);
  }

  void deprecations(Context ctx) {
    Responses.json(ctx, Map.of("deprecations", deprecations.all()));
  }

  void deprecateSubject(Context ctx) {
    Responses.json(ctx, deprecations.put(Requests.subject(ctx), null, Requests.body(ctx, JsonNode.class), Requests.actor(ctx)));
  }

  void undeprecateSubject(Context ctx) {
    Responses.json(ctx, deprecations.delete(Requests.subject(ctx), null, Requests.actor(ctx)));
  }

  void deprecateVersion(Context ctx) {
    Responses.json(ctx, deprecations.put(Requests.subject(ctx), version(ctx), Requests.body(ctx, JsonNode.class),
        Requests.actor(ctx)));
  }

  void undeprecateVersion(Context ctx) {
    Responses.json(ctx, deprecations.delete(Requests.subject(ctx), version(ctx), Requests.actor(ctx)));
  }

  private static int version(Context ctx) {
    try {
      int version = Integer.parseInt(ctx.pathParam("version"));
      if (version > 0) {
        return version;
      }
    } catch (NumberFormatException e) {
      // answered below
    }
    throw new RegistryException(ErrorCode.INVALID_VERSION,
        "The specified version '" + ctx.pathParam("version") + "' is not a valid version id");
  }
}
