package dev.treaty.registry.http;

import dev.treaty.registry.service.DeleteService;
import dev.treaty.registry.service.SubjectService;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;

/** {@code /}, {@code /v1/metadata/*} and {@code /contexts}: what this server is. */
final class ServerInfoController {

  private final SubjectService subjects;
  private final DeleteService deletes;
  private final String version;
  private final String clusterId;

  ServerInfoController(SubjectService subjects, DeleteService deletes, String version, String clusterId) {
    this.subjects = subjects;
    this.deletes = deletes;
    this.version = version;
    this.clusterId = clusterId;
  }

  void root(Context ctx) {
    if (WebUiController.sendBrowserToUi(ctx)) {
      return;
    }
    Responses.json(ctx, Map.of());
  }

  void clusterId(Context ctx) {
    Responses.json(ctx, Map.of(
        "scope", Map.of("path", List.of(), "clusters", Map.of("kafka-cluster", clusterId, "schema-registry-cluster", clusterId))));
  }

  void version(Context ctx) {
    Responses.json(ctx, Map.of("version", version, "commitId", "treaty-" + version));
  }

  void deployment(Context ctx) {
    Responses.json(ctx, Map.of("attributes", List.of("treaty")));
  }

  void contexts(Context ctx) {
    Responses.json(ctx, Pages.of(subjects.contexts(Requests.access(ctx)), ctx));
  }

  /** {@code DELETE /contexts/{context}}: 204 with no body, as Confluent answers. */
  void deleteContext(Context ctx) {
    deletes.deleteContext(ctx.pathParam("context"), Requests.actor(ctx));
    ctx.status(204);
  }
}
