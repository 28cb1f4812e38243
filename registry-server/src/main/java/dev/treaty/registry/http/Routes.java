package dev.treaty.registry.http;

import static dev.treaty.registry.security.AccessRule.PUBLIC;
import static dev.treaty.registry.security.AccessRule.everywhere;
import static dev.treaty.registry.security.AccessRule.filtered;
import static dev.treaty.registry.security.AccessRule.onApplication;
import static dev.treaty.registry.security.AccessRule.onContext;
import static dev.treaty.registry.security.AccessRule.onSubject;
import static dev.treaty.registry.security.AccessRule.selfOrAdmin;
import static dev.treaty.registry.security.Role.ADMIN;
import static dev.treaty.registry.security.Role.READER;
import static dev.treaty.registry.security.Role.WRITER;

import dev.treaty.registry.security.AccessRule;

/**
 * Every endpoint of the server, in one place, each with its access rule. {@code filtered(role)}
 * routes are open to anyone holding the role on some names and answer only about the names the
 * caller may read (or refuse names it may not use); {@code everywhere(role)} routes show or change
 * things across all names.
 */
final class Routes {

  // Reads whose answer shows several subjects at once, unfiltered.
  private static final AccessRule READ_ALL = everywhere(READER);
  private static final AccessRule READ_SOME = filtered(READER);
  private static final AccessRule READ_SUBJECT = onSubject(READER);
  private static final AccessRule WRITE_SUBJECT = onSubject(WRITER);
  private static final AccessRule ADMIN_SUBJECT = onSubject(ADMIN);
  private static final AccessRule ADMIN_ALL = everywhere(ADMIN);

  private Routes() {}

  static void install(RouteTable routes, Controllers c) {
    routes.get("/", READ_SOME, c.server()::root);
    routes.post("/", READ_SOME, c.server()::root);
    routes.get("/v1/metadata/id", READ_SOME, c.server()::clusterId);
    routes.get("/v1/metadata/version", READ_SOME, c.server()::version);
    routes.get("/v1/metadata/deployment", READ_SOME, c.server()::deployment);
    routes.get("/contexts", READ_SOME, c.server()::contexts);
    // /contexts/{context}/<endpoint> is rewritten to <endpoint> on the qualified subject (ContextPaths)
    routes.delete("/contexts/{context}", onContext(ADMIN), c.server()::deleteContext);

    routes.get("/schemas", READ_SOME, c.schemas()::list);
    routes.get("/schemas/types", READ_SOME, c.schemas()::types);
    routes.get("/schemas/ids/{id}", READ_SOME, c.schemas()::byId);
    routes.get("/schemas/ids/{id}/schema", READ_SOME, c.schemas()::rawById);
    routes.get("/schemas/ids/{id}/subjects", READ_SOME, c.schemas()::subjectsOfId);
    routes.get("/schemas/ids/{id}/versions", READ_SOME, c.schemas()::versionsOfId);
    // as by id: found only when the caller may read a subject that uses the schema
    routes.get("/schemas/guids/{guid}", READ_SOME, c.schemas()::byGuid);
    routes.get("/schemas/guids/{guid}/ids", READ_SOME, c.schemas()::idsOfGuid);

    routes.get("/subjects", READ_SOME, c.subjects()::list);
    routes.post("/subjects/{subject}", WRITE_SUBJECT, c.subjects()::lookup);
    routes.delete("/subjects/{subject}", ADMIN_SUBJECT, c.subjects()::deleteSubject);
    routes.get("/subjects/{subject}/metadata", READ_SUBJECT, c.subjects()::withMetadata);
    routes.get("/subjects/{subject}/versions", READ_SUBJECT, c.subjects()::versions);
    routes.post("/subjects/{subject}/versions", WRITE_SUBJECT, c.subjects()::register);
    routes.get("/subjects/{subject}/versions/{version}", READ_SUBJECT, c.subjects()::version);
    routes.delete("/subjects/{subject}/versions/{version}", ADMIN_SUBJECT, c.subjects()::deleteVersion);
    routes.get("/subjects/{subject}/versions/{version}/schema", READ_SUBJECT, c.subjects()::rawSchema);
    routes.get("/subjects/{subject}/versions/{version}/referencedby", READ_SUBJECT, c.subjects()::referencedBy);
    routes.post("/subjects/{subject}/versions/{version}/tags", WRITE_SUBJECT, c.subjects()::modifyTags);

    routes.post("/compatibility/subjects/{subject}/versions", WRITE_SUBJECT, c.compatibility()::againstAll);
    routes.post("/compatibility/subjects/{subject}/versions/{version}", WRITE_SUBJECT, c.compatibility()::againstVersion);

    routes.get("/config", READ_ALL, c.config()::getGlobal);
    routes.put("/config", ADMIN_ALL, c.config()::putGlobal);
    routes.delete("/config", ADMIN_ALL, c.config()::deleteGlobal);
    routes.get("/config/{subject}", READ_SUBJECT, c.config()::getSubject);
    routes.put("/config/{subject}", ADMIN_SUBJECT, c.config()::putSubject);
    routes.delete("/config/{subject}", ADMIN_SUBJECT, c.config()::deleteSubject);

    routes.get("/mode", READ_ALL, c.mode()::getGlobal);
    routes.put("/mode", ADMIN_ALL, c.mode()::putGlobal);
    routes.delete("/mode", ADMIN_ALL, c.mode()::deleteGlobal);
    routes.get("/mode/{subject}", READ_SUBJECT, c.mode()::getSubject);
    routes.put("/mode/{subject}", ADMIN_SUBJECT, c.mode()::putSubject);
    routes.delete("/mode/{subject}", ADMIN_SUBJECT, c.mode()::deleteSubject);

    contracts(routes, c);
    samples(routes, c);
    treaty(routes, c);
    governance(routes, c);
    webhooks(routes, c);
  }

  /** Webhooks see every event of every subject, and call out of the network: admins only. */
  private static void webhooks(RouteTable routes, Controllers c) {
    routes.get("/treaty/v1/webhooks", ADMIN_ALL, c.webhooks()::list);
    routes.post("/treaty/v1/webhooks", ADMIN_ALL, c.webhooks()::create);
    routes.get("/treaty/v1/webhooks/{id}", ADMIN_ALL, c.webhooks()::get);
    routes.put("/treaty/v1/webhooks/{id}", ADMIN_ALL, c.webhooks()::update);
    routes.delete("/treaty/v1/webhooks/{id}", ADMIN_ALL, c.webhooks()::delete);
    routes.post("/treaty/v1/webhooks/{id}/test", ADMIN_ALL, c.webhooks()::test);
    routes.get("/treaty/v1/webhooks/{id}/deliveries", ADMIN_ALL, c.webhooks()::deliveries);
    routes.post("/treaty/v1/webhooks/{id}/deliveries/{delivery}/replay", ADMIN_ALL, c.webhooks()::replay);
  }

  /**
   * Contracts name the subjects they use, so reading them needs read access everywhere. An
   * application belongs to the grants whose prefix its name starts with: publishing its contracts
   * and recording or removing its deployments needs a writer grant on its name.
   */
  private static void contracts(RouteTable routes, Controllers c) {
    routes.get("/treaty/v1/applications", READ_ALL, c.contracts()::applications);
    routes.get("/treaty/v1/applications/{application}/versions", READ_ALL, c.contracts()::versions);
    routes.get("/treaty/v1/applications/{application}/versions/{version}/contract", READ_ALL, c.contracts()::contract);
    // and every subject the contract names must be readable (consumes) or writable (produces)
    routes.put("/treaty/v1/applications/{application}/versions/{version}/contract", onApplication(WRITER),
        c.contracts()::publish);
    routes.get("/treaty/v1/environments", READ_ALL, c.contracts()::environments);
    routes.put("/treaty/v1/environments/{environment}", ADMIN_ALL, c.contracts()::createEnvironment);
    routes.get("/treaty/v1/environments/{environment}/deployments", READ_ALL, c.contracts()::deployments);
    // the application is in the body; the controller refuses one the caller may not write
    routes.post("/treaty/v1/environments/{environment}/deployments", filtered(WRITER), c.contracts()::deploy);
    routes.delete("/treaty/v1/environments/{environment}/deployments/{application}", onApplication(WRITER),
        c.contracts()::undeploy);
    routes.get("/treaty/v1/environments/{environment}/matrix", READ_ALL, c.contracts()::matrix);
    routes.get("/treaty/v1/can-i-deploy", READ_ALL, c.contracts()::canIDeploy);
    // the same answer, kept as an event: the controller also refuses an application the caller may not write
    routes.post("/treaty/v1/can-i-deploy", READ_ALL, c.contracts()::recordCanIDeploy);
    // the producer is in the body; the controller refuses one the caller may not write
    routes.post("/treaty/v1/verifications", filtered(WRITER), c.contracts()::recordVerification);
    routes.get("/treaty/v1/subjects/{subject}/contract-gate", READ_SUBJECT, c.contracts()::gate);
    routes.put("/treaty/v1/subjects/{subject}/contract-gate", ADMIN_SUBJECT, c.contracts()::putGate);
    routes.delete("/treaty/v1/subjects/{subject}/contract-gate", ADMIN_SUBJECT, c.contracts()::deleteGate);
    routes.get("/treaty/v1/subjects/{subject}/parties", READ_SUBJECT, c.contracts()::parties);
    catalog(routes, c);
  }

  /**
   * Applications are read like their contracts (read access everywhere) and described by a writer
   * of their name. An AsyncAPI document shows its application (versions, deployments, owner,
   * description), so it needs read access on the application's name, refused before anything is
   * looked up; and the schemas of the subjects its contract names: the service refuses it unless the
   * caller may read every one of them and those they refer to.
   */
  private static void catalog(RouteTable routes, Controllers c) {
    routes.get("/treaty/v1/catalog", READ_ALL, c.catalog()::catalog);
    routes.get("/treaty/v1/applications/{application}", READ_ALL, c.catalog()::application);
    routes.put("/treaty/v1/applications/{application}", onApplication(WRITER), c.catalog()::describe);
    routes.get("/treaty/v1/applications/{application}/asyncapi", onApplication(READER), c.catalog()::asyncApi);
  }

  /**
   * Samples of a version reveal its schema only; a posted schema may refer to any subject, so
   * generating from it needs read access everywhere.
   */
  private static void samples(RouteTable routes, Controllers c) {
    routes.get("/treaty/v1/subjects/{subject}/versions/{version}/samples", READ_SUBJECT, c.samples()::ofVersion);
    routes.post("/treaty/v1/samples", READ_ALL, c.samples()::ofSchema);
  }

  /** Lint rule sets hold no subject data; deprecations are a subject admin's decision. */
  private static void governance(RouteTable routes, Controllers c) {
    routes.post("/treaty/v1/lint", READ_SOME, c.governance()::lint);
    routes.post("/treaty/v1/subjects/{subject}/lint", READ_SUBJECT, c.governance()::lintAsSubject);
    routes.get("/treaty/v1/lint-rules", READ_SOME, c.governance()::ruleSets);
    routes.get("/treaty/v1/lint-rules/{name}", READ_SOME, c.governance()::ruleSet);
    routes.put("/treaty/v1/lint-rules/{name}", ADMIN_ALL, c.governance()::putRuleSet);
    routes.delete("/treaty/v1/lint-rules/{name}", ADMIN_ALL, c.governance()::deleteRuleSet);
    // lists subjects without filtering
    routes.get("/treaty/v1/deprecations", READ_ALL, c.governance()::deprecations);
    routes.put("/treaty/v1/subjects/{subject}/deprecation", ADMIN_SUBJECT, c.governance()::deprecateSubject);
    routes.delete("/treaty/v1/subjects/{subject}/deprecation", ADMIN_SUBJECT, c.governance()::undeprecateSubject);
    routes.put("/treaty/v1/subjects/{subject}/versions/{version}/deprecation", ADMIN_SUBJECT,
        c.governance()::deprecateVersion);
    routes.delete("/treaty/v1/subjects/{subject}/versions/{version}/deprecation", ADMIN_SUBJECT,
        c.governance()::undeprecateVersion);
  }

  private static void treaty(RouteTable routes, Controllers c) {
    routes.get("/treaty/v1/events", READ_ALL, c.treaty()::events);
    routes.get("/health/live", PUBLIC, c.treaty()::live);
    routes.get("/health/ready", PUBLIC, c.treaty()::ready);
    routes.get("/metrics", READ_ALL, c.metrics()::scrape);
    routes.get("/openapi.json", READ_SOME, c.openApi()::document);

    routes.get("/treaty/v1/subjects", READ_ALL, c.browse()::subjects);
    routes.get("/treaty/v1/subjects/{subject}", READ_SUBJECT, c.browse()::subject);
    routes.get("/treaty/v1/subjects/{subject}/diff", READ_SUBJECT, c.browse()::diff);
    routes.get("/treaty/v1/events/recent", READ_ALL, c.browse()::recentEvents);
    routes.get("/ui", READ_SOME, c.webUi()::index);
    routes.get("/ui/{file}", READ_SOME, c.webUi()::file);

    routes.get("/treaty/v1/whoami", READ_SOME, c.identities()::whoami);
    routes.get("/treaty/v1/tokens", ADMIN_ALL, c.identities()::listTokens);
    routes.post("/treaty/v1/tokens", ADMIN_ALL, c.identities()::createToken);
    routes.delete("/treaty/v1/tokens/{name}", ADMIN_ALL, c.identities()::revokeToken);
    routes.get("/treaty/v1/users", ADMIN_ALL, c.identities()::listUsers);
    routes.post("/treaty/v1/users", ADMIN_ALL, c.identities()::addUser);
    routes.delete("/treaty/v1/users/{name}", ADMIN_ALL, c.identities()::removeUser);
    routes.put("/treaty/v1/users/{name}/password", selfOrAdmin(), c.identities()::changePassword);
    routes.put("/treaty/v1/users/{name}/roles", ADMIN_ALL, c.identities()::changeRoles);
  }
}
