package dev.treaty.registry.http;

import io.javalin.config.RoutesConfig;

/** Every endpoint of the server, in one place. */
final class Routes {

  private Routes() {}

  static void install(RoutesConfig routes, Controllers c) {
    routes.get("/", c.server()::root);
    routes.post("/", c.server()::root);
    routes.get("/v1/metadata/id", c.server()::clusterId);
    routes.get("/v1/metadata/version", c.server()::version);
    routes.get("/v1/metadata/deployment", c.server()::deployment);
    routes.get("/contexts", c.server()::contexts);

    routes.get("/schemas", c.schemas()::list);
    routes.get("/schemas/types", c.schemas()::types);
    routes.get("/schemas/ids/{id}", c.schemas()::byId);
    routes.get("/schemas/ids/{id}/schema", c.schemas()::rawById);
    routes.get("/schemas/ids/{id}/subjects", c.schemas()::subjectsOfId);
    routes.get("/schemas/ids/{id}/versions", c.schemas()::versionsOfId);

    routes.get("/subjects", c.subjects()::list);
    routes.post("/subjects/{subject}", c.subjects()::lookup);
    routes.delete("/subjects/{subject}", c.subjects()::deleteSubject);
    routes.get("/subjects/{subject}/metadata", c.subjects()::withMetadata);
    routes.get("/subjects/{subject}/versions", c.subjects()::versions);
    routes.post("/subjects/{subject}/versions", c.subjects()::register);
    routes.get("/subjects/{subject}/versions/{version}", c.subjects()::version);
    routes.delete("/subjects/{subject}/versions/{version}", c.subjects()::deleteVersion);
    routes.get("/subjects/{subject}/versions/{version}/schema", c.subjects()::rawSchema);
    routes.get("/subjects/{subject}/versions/{version}/referencedby", c.subjects()::referencedBy);

    routes.post("/compatibility/subjects/{subject}/versions", c.compatibility()::againstAll);
    routes.post("/compatibility/subjects/{subject}/versions/{version}", c.compatibility()::againstVersion);

    routes.get("/config", c.config()::getGlobal);
    routes.put("/config", c.config()::putGlobal);
    routes.delete("/config", c.config()::deleteGlobal);
    routes.get("/config/{subject}", c.config()::getSubject);
    routes.put("/config/{subject}", c.config()::putSubject);
    routes.delete("/config/{subject}", c.config()::deleteSubject);

    routes.get("/mode", c.mode()::getGlobal);
    routes.put("/mode", c.mode()::putGlobal);
    routes.delete("/mode", c.mode()::deleteGlobal);
    routes.get("/mode/{subject}", c.mode()::getSubject);
    routes.put("/mode/{subject}", c.mode()::putSubject);
    routes.delete("/mode/{subject}", c.mode()::deleteSubject);

    routes.get("/treaty/v1/events", c.treaty()::events);
    routes.get("/treaty/v1/applications", c.contracts()::applications);
    routes.get("/treaty/v1/applications/{application}/versions", c.contracts()::versions);
    routes.get("/treaty/v1/applications/{application}/versions/{version}/contract", c.contracts()::contract);
    routes.put("/treaty/v1/applications/{application}/versions/{version}/contract", c.contracts()::publish);
    routes.get("/treaty/v1/environments", c.contracts()::environments);
    routes.put("/treaty/v1/environments/{environment}", c.contracts()::createEnvironment);
    routes.get("/treaty/v1/environments/{environment}/deployments", c.contracts()::deployments);
    routes.post("/treaty/v1/environments/{environment}/deployments", c.contracts()::deploy);
    routes.delete("/treaty/v1/environments/{environment}/deployments/{application}", c.contracts()::undeploy);
    routes.get("/treaty/v1/environments/{environment}/matrix", c.contracts()::matrix);
    routes.get("/treaty/v1/can-i-deploy", c.contracts()::canIDeploy);
    routes.post("/treaty/v1/verifications", c.contracts()::recordVerification);
    routes.get("/treaty/v1/subjects/{subject}/contract-gate", c.contracts()::gate);
    routes.put("/treaty/v1/subjects/{subject}/contract-gate", c.contracts()::putGate);
    routes.delete("/treaty/v1/subjects/{subject}/contract-gate", c.contracts()::deleteGate);
    routes.get("/treaty/v1/subjects/{subject}/parties", c.contracts()::parties);
    routes.get("/treaty/v1/subjects/{subject}/versions/{version}/samples", c.samples()::ofVersion);
    routes.post("/treaty/v1/samples", c.samples()::ofSchema);
    routes.get("/health/live", c.treaty()::live);
    routes.get("/health/ready", c.treaty()::ready);
    routes.get("/metrics", c.metrics()::scrape);
    routes.get("/openapi.json", c.openApi()::document);

    routes.get("/treaty/v1/subjects", c.browse()::subjects);
    routes.get("/treaty/v1/subjects/{subject}", c.browse()::subject);
    routes.get("/treaty/v1/subjects/{subject}/diff", c.browse()::diff);
    routes.get("/treaty/v1/events/recent", c.browse()::recentEvents);
    routes.get("/ui", c.webUi()::index);
    routes.get("/ui/{file}", c.webUi()::file);
  }
}
