package dev.treaty.client;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.type.TypeFactory;
import dev.treaty.client.model.ApiToken;
import dev.treaty.client.model.Samples;
import dev.treaty.client.model.VerificationResult;
import dev.treaty.client.model.RegistryUser;
import dev.treaty.client.model.CompatibilityCheckResponse;
import dev.treaty.client.model.Config;
import dev.treaty.client.model.ContextId;
import dev.treaty.client.model.ConfigUpdateRequest;
import dev.treaty.client.model.Application;
import dev.treaty.client.model.Contract;
import dev.treaty.client.model.ContractGate;
import dev.treaty.client.model.ContractMatrix;
import dev.treaty.client.model.ContractRequest;
import dev.treaty.client.model.CanIDeployRequest;
import dev.treaty.client.model.DeployCheck;
import dev.treaty.client.model.Deprecation;
import dev.treaty.client.model.Deployment;
import dev.treaty.client.model.DeploymentRequest;
import dev.treaty.client.model.Mode;
import dev.treaty.client.model.RegisterSchemaRequest;
import dev.treaty.client.model.RegisterSchemaResponse;
import dev.treaty.client.model.RegistryEvent;
import dev.treaty.client.model.Schema;
import dev.treaty.client.model.SchemaString;
import dev.treaty.client.model.SubjectParties;
import dev.treaty.client.model.SubjectVersion;
import dev.treaty.client.model.Webhook;
import dev.treaty.client.model.WebhookPing;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The Java client of a Treaty (or any Confluent-compatible) registry: every endpoint of the REST
 * API as a typed method. Versions are given as text: a number, {@code latest} or {@code -1}.
 * Failures are {@link RegistryException} (the registry said no) or
 * {@link RegistryUnreachableException}. Thread-safe; share one instance.
 */
public final class RegistryClient {

  private static final TypeFactory TYPES = Json.MAPPER.getTypeFactory();
  private static final JavaType STRINGS = TYPES.constructCollectionType(List.class, String.class);
  private static final JavaType INTEGERS = TYPES.constructCollectionType(List.class, Integer.class);

  private final Transport transport;
  private final SchemaCache schemasById;

  public RegistryClient(ClientSettings settings) {
    this.transport = new Transport(settings);
    this.schemasById = new SchemaCache(settings.cacheSize());
  }

  public static RegistryClient of(String... urls) {
    return new RegistryClient(ClientSettings.of(urls));
  }

  /** Subject names, sorted; with {@code deleted} also those whose versions are all soft-deleted. */
  public List<String> subjects(boolean deleted) {
    return transport.send(Call.get("/subjects").flag("deleted", deleted), STRINGS);
  }

  /** Version numbers of a subject, ascending; with {@code deleted} also soft-deleted ones. */
  public List<Integer> versions(String subject, boolean deleted) {
    return transport.send(Call.get(subjectPath(subject) + "/versions").flag("deleted", deleted), INTEGERS);
  }

  /** One version of a subject; {@code deleted} lets a soft-deleted numeric version be read. */
  public Schema version(String subject, String version, boolean deleted) {
    Call call = Call.get(subjectPath(subject) + "/versions/" + UrlPaths.segment(version)).flag("deleted", deleted);
    return transport.send(call, type(Schema.class));
  }

  /** The schema with this id. Ids never change meaning, so answers are cached. */
  public SchemaString schemaById(int id) {
    return schemasById.get(id, key -> transport.send(Call.get("/schemas/ids/" + key), type(SchemaString.class)));
  }

  /** The schema with this GUID (Confluent 8), with its {@code guid}; not cached here. */
  public SchemaString schemaByGuid(String guid) {
    return transport.send(Call.get("/schemas/guids/" + UrlPaths.segment(guid)), type(SchemaString.class));
  }

  /** The ids the schema with this GUID has, with their contexts ({@code "."} is the default one). */
  public List<ContextId> idsOfGuid(String guid) {
    JavaType list = TYPES.constructCollectionType(List.class, ContextId.class);
    return transport.send(Call.get("/schemas/guids/" + UrlPaths.segment(guid) + "/ids"), list);
  }

  /** The text of the schema with this id, exactly as stored (not wrapped in JSON). */
  public String rawSchemaById(int id) {
    return transport.sendText(Call.get("/schemas/ids/" + id + "/schema"));
  }

  /** The text of one version's schema, exactly as stored. */
  public String rawSchema(String subject, String version) {
    return transport.sendText(Call.get(subjectPath(subject) + "/versions/" + UrlPaths.segment(version) + "/schema"));
  }

  /**
   * Versions across subjects ({@code GET /schemas}), ordered by subject and version.
   *
   * @param subjectPrefix only subjects starting with it; empty for all
   * @param latestOnly only the newest live version of each subject
   */
  public List<Schema> schemas(String subjectPrefix, boolean deleted, boolean latestOnly) {
    JavaType list = TYPES.constructCollectionType(List.class, Schema.class);
    Call call = Call.get("/schemas").flag("deleted", deleted).flag("latestOnly", latestOnly);
    return transport.send(subjectPrefix.isEmpty() ? call : call.with("subjectPrefix", subjectPrefix), list);
  }

  /** The newest version of a subject whose metadata properties hold every given key and value. */
  public Schema latestWithMetadata(String subject, Map<String, String> properties, boolean deleted) {
    Call call = Call.get(subjectPath(subject) + "/metadata").flag("deleted", deleted);
    for (Map.Entry<String, String> property : new TreeMap<>(properties).entrySet()) {
      call = call.with("key", property.getKey()).with("value", property.getValue());
    }
    return transport.send(call, type(Schema.class));
  }

  /** The subjects that use the schema with this id. */
  public List<String> subjectsOfId(int id, boolean deleted) {
    return transport.send(Call.get("/schemas/ids/" + id + "/subjects").flag("deleted", deleted), STRINGS);
  }

  /** Every (subject, version) that uses the schema with this id. */
  public List<SubjectVersion> versionsOfId(int id, boolean deleted) {
    JavaType list = TYPES.constructCollectionType(List.class, SubjectVersion.class);
    return transport.send(Call.get("/schemas/ids/" + id + "/versions").flag("deleted", deleted), list);
  }

  /** The schema types the registry accepts, e.g. AVRO, PROTOBUF, JSON. */
  public List<String> schemaTypes() {
    return transport.send(Call.get("/schemas/types"), STRINGS);
  }

  /** Ids of the schemas whose references point at this subject version. */
  public List<Integer> referencedBy(String subject, String version) {
    return transport.send(
        Call.get(subjectPath(subject) + "/versions/" + UrlPaths.segment(version) + "/referencedby"), INTEGERS);
  }

  /** Registers a schema (a new version, or the existing one when already registered). Never retried. */
  public RegisterSchemaResponse register(String subject, RegisterSchemaRequest request, boolean normalize) {
    Call call = Call.post(subjectPath(subject) + "/versions", request).flag("normalize", normalize);
    return transport.send(call, type(RegisterSchemaResponse.class));
  }

  /** The version of the subject holding this schema; a 404 {@link RegistryException} when none does. */
  public Schema lookup(String subject, RegisterSchemaRequest request, boolean normalize) {
    return transport.send(Call.query(subjectPath(subject), request).flag("normalize", normalize), type(Schema.class));
  }

  /**
   * Checks a schema at the subject's level, against one version or, when {@code version} is
   * {@code null}, against every version the level looks at. {@code verbose} asks for the reasons.
   */
  public CompatibilityCheckResponse checkCompatibility(
      String subject, String version, RegisterSchemaRequest request, boolean normalize, boolean verbose) {
    String path = "/compatibility" + subjectPath(subject) + "/versions"
        + (version == null ? "" : "/" + UrlPaths.segment(version));
    Call call = Call.query(path, request).flag("normalize", normalize).flag("verbose", verbose);
    return transport.send(call, type(CompatibilityCheckResponse.class));
  }

  /** Deletes every version of a subject (soft, or {@code permanent} after a soft delete); returns them. */
  public List<Integer> deleteSubject(String subject, boolean permanent) {
    return transport.send(Call.delete(subjectPath(subject)).flag("permanent", permanent), INTEGERS);
  }

  /** Deletes one version (soft, or {@code permanent} after a soft delete); returns its number. */
  public int deleteVersion(String subject, String version, boolean permanent) {
    Call call = Call.delete(subjectPath(subject) + "/versions/" + UrlPaths.segment(version)).flag("permanent", permanent);
    return transport.send(call, type(Integer.class));
  }

  /** The global config ({@code subject == null}) or a subject's; 404 when the subject has none of its own. */
  public Config config(String subject, boolean defaultToGlobal) {
    return transport.send(Call.get(configPath(subject)).flag("defaultToGlobal", defaultToGlobal), type(Config.class));
  }

  /** Changes settings; absent fields keep their value. Returns the stored settings. */
  public ConfigUpdateRequest updateConfig(String subject, ConfigUpdateRequest update) {
    return transport.send(Call.put(configPath(subject), update), type(ConfigUpdateRequest.class));
  }

  /** Removes the config of a subject (or resets the global one); returns what it was. */
  public Config deleteConfig(String subject) {
    return transport.send(Call.delete(configPath(subject)), type(Config.class));
  }

  /** The global mode ({@code subject == null}) or a subject's; 404 when the subject has none of its own. */
  public Mode mode(String subject, boolean defaultToGlobal) {
    return transport.send(Call.get(modePath(subject)).flag("defaultToGlobal", defaultToGlobal), type(Mode.class));
  }

  /** Sets a mode; {@code force} switches to IMPORT even while subjects exist. */
  public Mode updateMode(String subject, String mode, boolean force) {
    return transport.send(Call.put(modePath(subject), new Mode(mode)).flag("force", force), type(Mode.class));
  }

  /** Removes the mode of a subject (or resets the global one); returns what it was. */
  public Mode deleteMode(String subject) {
    return deleteMode(subject, false);
  }

  /**
   * Removes a mode; {@code recursive} on the global mode ({@code subject} null) also removes every
   * subject's own mode, and on a subject makes a subject without a mode of its own no error.
   */
  public Mode deleteMode(String subject, boolean recursive) {
    Call call = Call.delete(modePath(subject));
    return transport.send(recursive ? call.with("recursive", true) : call, type(Mode.class));
  }

  /** Treaty's change feed: up to {@code limit} events after the event id {@code after}. */
  public List<RegistryEvent> events(long after, int limit) {
    JavaType list = TYPES.constructCollectionType(List.class, RegistryEvent.class);
    return transport.send(Call.get("/treaty/v1/events").with("after", after).with("limit", limit), list);
  }

  /**
   * Publishes the contract of an application version. Republishing the same content is a no-op;
   * different content is a 409 {@link RegistryException} (error 40920), as contracts are immutable.
   */
  public Contract publishContract(String application, String version, ContractRequest request) {
    return transport.send(Call.put(contractPath(application, version), request), type(Contract.class));
  }

  /** The contract an application version published. */
  public Contract contract(String application, String version) {
    return transport.send(Call.get(contractPath(application, version)), type(Contract.class));
  }

  /**
   * The AsyncAPI 3.0 document (JSON text) of an application version, or of the version deployed in
   * an environment: give exactly one of {@code version} and {@code environment}.
   */
  public String asyncApi(String application, String version, String environment) {
    Call call = Call.get("/treaty/v1/applications/" + UrlPaths.segment(application) + "/asyncapi");
    return transport.sendText(version != null ? call.with("version", version) : call.with("environment", environment));
  }

  /** An application's owner and description. */
  public Application application(String application) {
    return transport.send(Call.get("/treaty/v1/applications/" + UrlPaths.segment(application)), type(Application.class));
  }

  /** Sets an application's owner and description; a {@code null} or blank one is cleared. */
  public Application describeApplication(String application, String owner, String description) {
    return transport.send(Call.put("/treaty/v1/applications/" + UrlPaths.segment(application),
        new Application(application, owner, description)), type(Application.class));
  }

  /** Every application with its owner and description, by name. */
  public List<Application> catalog() {
    return transport.send(Call.get("/treaty/v1/catalog"), TYPES.constructCollectionType(List.class, Application.class));
  }

  /** Applications that published a contract, sorted. */
  public List<String> applications() {
    return transport.send(Call.get("/treaty/v1/applications"), STRINGS);
  }

  /** The versions of an application, in the order they were published. */
  public List<String> applicationVersions(String application) {
    return transport.send(Call.get("/treaty/v1/applications/" + UrlPaths.segment(application) + "/versions"), STRINGS);
  }

  public List<String> environments() {
    return transport.send(Call.get("/treaty/v1/environments"), STRINGS);
  }

  /** Creates an environment ahead of its first deployment (deployments also create it). */
  public void createEnvironment(String environment) {
    transport.send(Call.put(environmentPath(environment), null), TYPES.constructCollectionType(List.class, Deployment.class));
  }

  /** What runs in an environment now. */
  public List<Deployment> deployments(String environment) {
    JavaType list = TYPES.constructCollectionType(List.class, Deployment.class);
    return transport.send(Call.get(environmentPath(environment) + "/deployments"), list);
  }

  /** Records that an application version now runs in an environment, replacing its previous one. */
  public Deployment recordDeployment(String environment, String application, String version) {
    Call call = Call.post(environmentPath(environment) + "/deployments", new DeploymentRequest(application, version));
    return transport.send(call, type(Deployment.class));
  }

  /** Records that an application stopped running in an environment; {@code version} may be null. */
  public Deployment recordUndeployment(String environment, String application, String version) {
    Call call = Call.delete(environmentPath(environment) + "/deployments/" + UrlPaths.segment(application));
    return transport.send(version == null ? call : call.with("version", version), type(Deployment.class));
  }

  /** Could this version be deployed to {@code environment}? Every pair it would be in, judged. */
  public DeployCheck canIDeploy(String application, String version, String environment) {
    Call call = Call.get("/treaty/v1/can-i-deploy")
        .with("application", application).with("version", version).with("environment", environment);
    return transport.send(call, type(DeployCheck.class));
  }

  /** Does this version agree with the latest published version of every other application? */
  public DeployCheck canIDeployWithLatest(String application, String version) {
    Call call = Call.get("/treaty/v1/can-i-deploy")
        .with("application", application).with("version", version).with("latest", true);
    return transport.send(call, type(DeployCheck.class));
  }

  /**
   * can-i-deploy against {@code environment}, or against the latest versions when it is
   * {@code null}; with {@code requireVerification} every application pair also needs a passing
   * verification result.
   */
  public DeployCheck canIDeploy(String application, String version, String environment, boolean requireVerification) {
    Call call = Call.get("/treaty/v1/can-i-deploy").with("application", application).with("version", version);
    call = environment == null ? call.with("latest", true) : call.with("environment", environment);
    return transport.send(requireVerification ? call.with("requireVerification", true) : call, type(DeployCheck.class));
  }

  /**
   * can-i-deploy as a pipeline asks it: the same answer as {@link #canIDeploy(String, String, String, boolean)},
   * also recorded in the events feed as {@code CAN_I_DEPLOY_PASSED} or {@code CAN_I_DEPLOY_FAILED}
   * (which webhooks receive). Needs a writer grant on the application and read access everywhere.
   */
  public DeployCheck recordCanIDeploy(CanIDeployRequest request) {
    return transport.send(Call.post("/treaty/v1/can-i-deploy", request), type(DeployCheck.class));
  }

  /** Records what a producer build's contract tests found for one consumer version. */
  public VerificationResult recordVerification(VerificationResult result) {
    return transport.send(Call.post("/treaty/v1/verifications", result), type(VerificationResult.class));
  }

  /** {@code count} generated events of a registered version ({@code -1}: the latest), from {@code seed}. */
  public Samples samples(String subject, int version, int count, long seed, String message) {
    Call call = Call.get("/treaty/v1/subjects/" + UrlPaths.segment(subject) + "/versions/"
        + (version < 0 ? "latest" : Integer.toString(version)) + "/samples").with("count", count).with("seed", seed);
    return transport.send(message == null ? call : call.with("message", message), type(Samples.class));
  }

  /** {@code count} generated events of a schema that need not be registered, from {@code seed}. */
  public Samples samples(RegisterSchemaRequest schema, int count, long seed, String message) {
    Call call = Call.post("/treaty/v1/samples", schema).with("count", count).with("seed", seed);
    return transport.send(message == null ? call : call.with("message", message), type(Samples.class));
  }

  /** Every producer–consumer pair deployed in an environment, judged. */
  public ContractMatrix matrix(String environment) {
    return transport.send(Call.get(environmentPath(environment) + "/matrix"), type(ContractMatrix.class));
  }

  /** The environment whose deployed consumers judge the subject's registrations; 404 when none. */
  public ContractGate contractGate(String subject) {
    return transport.send(Call.get(gatePath(subject)), type(ContractGate.class));
  }

  public ContractGate updateContractGate(String subject, String environment) {
    return transport.send(Call.put(gatePath(subject), new ContractGate(environment)), type(ContractGate.class));
  }

  public ContractGate deleteContractGate(String subject) {
    return transport.send(Call.delete(gatePath(subject)), type(ContractGate.class));
  }

  /** Who writes and reads a subject by contract: latest and deployed application versions. */
  public SubjectParties subjectParties(String subject) {
    return transport.send(Call.get("/treaty/v1/subjects/" + UrlPaths.segment(subject) + "/parties"), type(SubjectParties.class));
  }

  /** Deprecates a subject ({@code version} null) or one version; the body has reason, sunset and replacement. */
  public Deprecation deprecate(String subject, Integer version, String reason, String sunset, String replacement) {
    java.util.Map<String, String> body = new java.util.LinkedHashMap<>();
    if (reason != null) {
      body.put("reason", reason);
    }
    if (sunset != null) {
      body.put("sunset", sunset);
    }
    if (replacement != null) {
      body.put("replacement", replacement);
    }
    return transport.send(Call.put(deprecationPath(subject, version), body), type(Deprecation.class));
  }

  /** Undoes a deprecation; answers the one removed. */
  public Deprecation undeprecate(String subject, Integer version) {
    return transport.send(Call.delete(deprecationPath(subject, version)), type(Deprecation.class));
  }

  /**
   * The deprecation that applies to a version (its own, else its subject's), if any. Reads
   * Treaty's subject view, so a Confluent registry answers 404 and this says nothing.
   */
  public java.util.Optional<Deprecation> deprecation(String subject, int version) {
    com.fasterxml.jackson.databind.JsonNode detail;
    try {
      detail = transport.send(Call.get("/treaty/v1/subjects/" + UrlPaths.segment(subject)),
          type(com.fasterxml.jackson.databind.JsonNode.class));
    } catch (RegistryException e) {
      return java.util.Optional.empty();
    }
    for (com.fasterxml.jackson.databind.JsonNode row : detail.path("versions")) {
      if (row.path("version").asInt() == version && row.hasNonNull("deprecation")) {
        return java.util.Optional.of(Json.MAPPER.convertValue(row.get("deprecation"), Deprecation.class));
      }
    }
    return detail.hasNonNull("deprecation")
        ? java.util.Optional.of(Json.MAPPER.convertValue(detail.get("deprecation"), Deprecation.class))
        : java.util.Optional.empty();
  }

  private static String deprecationPath(String subject, Integer version) {
    return "/treaty/v1/subjects/" + UrlPaths.segment(subject) + (version == null ? "" : "/versions/" + version)
        + "/deprecation";
  }

  /** Treaty's API tokens (admin only), without their secrets. */
  public List<ApiToken> tokens() {
    return transport.send(Call.get("/treaty/v1/tokens"), TYPES.constructCollectionType(List.class, ApiToken.class));
  }

  /** Creates an API token with grants such as {@code writer:payments.*}; the answer carries its secret, once. */
  public ApiToken createToken(String name, List<String> roles) {
    return transport.send(Call.post("/treaty/v1/tokens", new ApiToken(name, roles, null, null)), type(ApiToken.class));
  }

  /** Revokes an API token at once. */
  public void revokeToken(String name) {
    transport.send(Call.delete("/treaty/v1/tokens/" + UrlPaths.segment(name)), type(ApiToken.class));
  }

  /** Webhook subscriptions (admin only), without their secrets. */
  public List<Webhook> webhooks() {
    return transport.send(Call.get("/treaty/v1/webhooks"), TYPES.constructCollectionType(List.class, Webhook.class));
  }

  /** Subscribes a URL to registry events; the answer carries the signing secrets, once. */
  public Webhook createWebhook(Webhook request) {
    return transport.send(Call.post("/treaty/v1/webhooks", request), type(Webhook.class));
  }

  /** Removes a webhook and its queue of deliveries. */
  public void deleteWebhook(String id) {
    transport.send(Call.delete("/treaty/v1/webhooks/" + UrlPaths.segment(id)), type(Webhook.class));
  }

  /** Sends a test event ({@code webhook.ping}) to the webhook now and says how its receiver answered. */
  public WebhookPing testWebhook(String id) {
    return transport.send(Call.post("/treaty/v1/webhooks/" + UrlPaths.segment(id) + "/test", Map.of()),
        type(WebhookPing.class));
  }

  /** The users of a secured registry (admin only), with their grants; never their passwords. */
  public List<RegistryUser> users() {
    return transport.send(Call.get("/treaty/v1/users"), TYPES.constructCollectionType(List.class, RegistryUser.class));
  }

  /** Adds a user with grants such as {@code writer:payments.*}; every node accepts it at once. */
  public RegistryUser addUser(String name, String password, List<String> roles) {
    return transport.send(Call.post("/treaty/v1/users", new RegistryUser(name, roles, password)), type(RegistryUser.class));
  }

  /** Sets a user's password (an admin's call, or the user's own). */
  public void changePassword(String name, String password) {
    transport.send(Call.put("/treaty/v1/users/" + UrlPaths.segment(name) + "/password",
        new RegistryUser(null, null, password)), type(RegistryUser.class));
  }

  /** Replaces a user's grants. */
  public RegistryUser changeRoles(String name, List<String> roles) {
    return transport.send(Call.put("/treaty/v1/users/" + UrlPaths.segment(name) + "/roles",
        new RegistryUser(null, roles, null)), type(RegistryUser.class));
  }

  /** Removes a user; its logins stop working at once. */
  public void removeUser(String name) {
    transport.send(Call.delete("/treaty/v1/users/" + UrlPaths.segment(name)), type(RegistryUser.class));
  }

  /** Confluent's contexts: {@code .} (the default one) first, then every context holding a subject, as {@code .name}. */
  public List<String> contexts() {
    return transport.send(Call.get("/contexts"), STRINGS);
  }

  /** The registry's version and commit. */
  public ServerVersion serverVersion() {
    return transport.send(Call.get("/v1/metadata/version"), type(ServerVersion.class));
  }

  /**
   * Whether the registry serves requests: Treaty's {@code /health/ready} answers 200, or 503 while
   * its database is not ready. Asked once, without retries, of the first URL that answers.
   */
  public boolean isReady() {
    try {
      transport.sendText(Call.probe("/health/ready"));
      return true;
    } catch (RegistryException e) {
      if (e.status() == 503) {
        return false;
      }
      throw e;
    }
  }

  private static String subjectPath(String subject) {
    return "/subjects/" + UrlPaths.segment(subject);
  }

  private static String contractPath(String application, String version) {
    return "/treaty/v1/applications/" + UrlPaths.segment(application) + "/versions/" + UrlPaths.segment(version)
        + "/contract";
  }

  private static String environmentPath(String environment) {
    return "/treaty/v1/environments/" + UrlPaths.segment(environment);
  }

  private static String gatePath(String subject) {
    return "/treaty/v1/subjects/" + UrlPaths.segment(subject) + "/contract-gate";
  }

  private static String configPath(String subject) {
    return subject == null ? "/config" : "/config/" + UrlPaths.segment(subject);
  }

  private static String modePath(String subject) {
    return subject == null ? "/mode" : "/mode/" + UrlPaths.segment(subject);
  }

  private static JavaType type(Class<?> type) {
    return TYPES.constructType(type);
  }
}
