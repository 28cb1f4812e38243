package dev.treaty.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.treaty.client.RegistryClient;
import dev.treaty.client.RegistryException;
import dev.treaty.client.model.ConfigUpdateRequest;
import dev.treaty.client.model.ContractEntry;
import dev.treaty.client.model.ContractRequest;
import dev.treaty.client.model.RegisterSchemaRequest;
import dev.treaty.compatibility.RuleCatalog;
import dev.treaty.compatibility.SchemaFormats;
import dev.treaty.registry.testing.RunningRegistry;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The goals that talk to a registry, run against a real one, configured as Maven would. */
class RegistryGoalsTest {

  @TempDir
  Path dir;

  private RunningRegistry registry;
  private RegistryClient client;
  private final RecordingLog log = new RecordingLog();

  @BeforeEach
  void start() {
    registry = RunningRegistry.start();
    client = RegistryClient.of(registry.url());
  }

  @AfterEach
  void stop() {
    registry.close();
  }

  @Test
  void forwardFailureNamesTheOldConsumersAndEveryFailingSubjectIsListed() {
    for (String subject : List.of("users-value", "staff-value")) {
      client.register(subject, RegisterSchemaRequest.of("AVRO", Goals.USER_V1, List.of()), false);
      client.updateConfig(subject, level("FORWARD"));
    }
    Map<String, File> subjects = new LinkedHashMap<>();
    subjects.put("users-value", Goals.write(dir, "user.avsc", Goals.USER_WITHOUT_NAME));
    subjects.put("staff-value", Goals.write(dir, "staff.avsc", Goals.USER_WITHOUT_NAME));
    subjects.put("new-value", Goals.write(dir, "new.avsc", Goals.USER_V1));
    TestCompatibilityMojo goal = Goals.subjects(new TestCompatibilityMojo(), registry.url(), subjects, log);
    goal.verbose = true;

    assertThatThrownBy(goal::execute).isInstanceOf(MojoFailureException.class)
        .hasMessageStartingWith("test-compatibility: 2 of 3 subject(s) failed: users-value, staff-value\n"
            + "users-value (user.avsc) is not FORWARD compatible:\n  - ")
        .message()
        .containsPattern("  - [A-Z_]+ at /fields/1: Field `name` was .*: this breaks consumers still on version 1"
            + " reading data written with the new schema\\. How to make it safe: ")
        .contains("staff-value (staff.avsc) is not FORWARD compatible:");
    assertThat(log.text()).contains("[INFO] Subject new-value has no versions yet, so any schema is compatible");
  }

  /** test-compatibility answers what registration answers on a gated subject, in the gate's words. */
  @Test
  void aGatedSubjectIsRefusedByTheGateAsItsRegistrationWouldBe() throws Exception {
    client.register("users-value", RegisterSchemaRequest.of("AVRO", Goals.USER_V1, List.of()), false);
    client.publishContract("reader", "1", new ContractRequest(List.of(), List.of(
        ContractEntry.inline("users-value", "AVRO", Goals.USER_V1)
            .withExamples(List.of(new ObjectMapper().readTree("{\"id\": 1, \"name\": \"Ada\"}"))))));
    client.recordDeployment("prod", "reader", "1");
    client.updateContractGate("users-value", "prod");
    // BACKWARD allows an optional field; the deployed consumer's example lacks it.
    String withEmail = Goals.USER_V1.replace("\"type\": \"string\"}]",
        "\"type\": \"string\"}, {\"name\": \"email\", \"type\": [\"null\", \"string\"], \"default\": null}]");
    TestCompatibilityMojo goal = Goals.subjects(new TestCompatibilityMojo(), registry.url(),
        Map.of("users-value", Goals.write(dir, "user.avsc", withEmail)), log);
    goal.verbose = true;

    assertThatThrownBy(goal::execute).isInstanceOf(MojoFailureException.class).message()
        .contains("users-value (user.avsc) is refused by the contract gate of environment prod (consumers reader 1)")
        .contains("PAYLOAD_MISSING_FIELD");
    assertThatThrownBy(() -> client.register("users-value", RegisterSchemaRequest.of("AVRO", withEmail, List.of()), false))
        .isInstanceOfSatisfying(RegistryException.class, refused -> {
          assertThat(refused.judge().kind()).isEqualTo("CONTRACT_GATE");
          assertThat(refused.incompatibilities()).extracting(found -> found.ruleId()).containsExactly("PAYLOAD_MISSING_FIELD");
        });
  }

  @Test
  void protobufAndJsonSchemaFilesAreCheckedAsTheirExtensionSays() {
    client.register("orders-value", RegisterSchemaRequest.of("PROTOBUF",
        "syntax = \"proto3\";\nmessage Order { string id = 1; int64 total = 2; }\n", List.of()), false);
    client.register("invoices-value", RegisterSchemaRequest.of("JSON",
        "{\"type\":\"object\",\"properties\":{\"id\":{\"type\":\"string\"}}}", List.of()), false);
    Map<String, File> subjects = new LinkedHashMap<>();
    subjects.put("orders-value", Goals.write(dir, "order.proto",
        "syntax = \"proto3\";\nmessage Order { string id = 1; string total = 2; }\n"));
    subjects.put("invoices-value", Goals.write(dir, "invoice.json",
        "{\"type\":\"object\",\"properties\":{\"id\":{\"type\":\"integer\"}}}"));
    TestCompatibilityMojo goal = Goals.subjects(new TestCompatibilityMojo(), registry.url(), subjects, log);
    goal.verbose = true;

    assertThatThrownBy(goal::execute).isInstanceOf(MojoFailureException.class).hasMessage("""
        test-compatibility: 2 of 2 subject(s) failed: orders-value, invoices-value
        orders-value (order.proto) is not BACKWARD compatible:
          - FIELD_SCALAR_KIND_CHANGED at /messages/Order/fields/2: The field `total` (2) in `Order` changed type from \
        int64 to string: this breaks consumers on the new schema reading data written with version 1. How to make it \
        safe: %s
        invoices-value (invoice.json) is not BACKWARD compatible:
          - TYPE_CHANGED at /properties/id/type: Property `id` changed type from string to integer: this breaks \
        consumers on the new schema reading data written with version 1. How to make it safe: %s""".formatted(
        remedy(SchemaFormats.PROTOBUF, "FIELD_SCALAR_KIND_CHANGED"), remedy(SchemaFormats.JSON, "TYPE_CHANGED")));
  }

  @Test
  void registerPinsReferenceVersionsAndReportsRefusalsAtTheEnd() throws Exception {
    client.register("address-value", RegisterSchemaRequest.of("AVRO",
        "{\"type\":\"record\",\"name\":\"Address\",\"namespace\":\"acme\",\"fields\":[]}", List.of()), false);
    client.register("users-value", RegisterSchemaRequest.of("AVRO", Goals.USER_V1, List.of()), false);
    Map<String, File> subjects = new LinkedHashMap<>();
    subjects.put("users-value", Goals.write(dir, "user.avsc", """
        {"type": "record", "name": "User", "namespace": "acme", "fields": [
          {"name": "id", "type": "long"}, {"name": "name", "type": "string"}, {"name": "home", "type": "int"}]}"""));
    subjects.put("orders-value", Goals.write(dir, "order.avsc", """
        {"type": "record", "name": "Order", "namespace": "acme", "fields": [{"name": "to", "type": "acme.Address"}]}"""));
    RegisterMojo goal = Goals.subjects(new RegisterMojo(), registry.url(), subjects, log);
    goal.references = Goals.xml(
        "<references><orders-value><reference><name>acme.Address</name><subject>address-value</subject>"
            + "</reference></orders-value></references>");

    assertThatThrownBy(goal::execute).isInstanceOf(MojoFailureException.class)
        .hasMessageStartingWith("register: 1 of 2 subject(s) failed: users-value\n"
            + "users-value was refused as incompatible:\n")
        .message().containsPattern("  - READER_FIELD_MISSING_DEFAULT_VALUE at /fields/2: .*home");
    assertThat(log.text()).contains("[INFO] Registered subject(orders-value) with id 3 version 1");
    assertThat(client.version("orders-value", "1", false).references())
        .singleElement().satisfies(ref -> assertThat(ref.version()).isEqualTo(1));
  }

  @Test
  void setCompatibilityChangesSubjectAndGlobalLevelsAndRemovesThem() throws Exception {
    SetCompatibilityMojo goal = new SetCompatibilityMojo();
    goal.schemaRegistryUrls = List.of(registry.url());
    goal.decodeSubject = true;
    goal.setLog(log);
    Map<String, String> levels = new LinkedHashMap<>();
    levels.put("__GLOBAL", "full_transitive");
    levels.put("_x3A.ctx_x3Aorders-value", "FORWARD");
    goal.compatibilityLevels = levels;

    goal.execute();

    assertThat(client.config(null, false).compatibilityLevel()).isEqualTo("FULL_TRANSITIVE");
    assertThat(client.config(":.ctx:orders-value", false).compatibilityLevel()).isEqualTo("FORWARD");
    Map<String, String> removal = new HashMap<>();
    removal.put(":.ctx:orders-value", null);
    goal.compatibilityLevels = removal;
    goal.decodeSubject = false;
    goal.execute();
    assertThatThrownBy(() -> client.config(":.ctx:orders-value", false)).isInstanceOf(RegistryException.class);
    assertThat(log.text()).isEqualTo("""
        [INFO] Set the global level to FULL_TRANSITIVE
        [INFO] Set the level of subject :.ctx:orders-value to FORWARD
        [INFO] Removed the level of subject :.ctx:orders-value""");

    Map<String, String> globalRemoval = new HashMap<>();
    globalRemoval.put("__GLOBAL", "");
    goal.compatibilityLevels = globalRemoval;
    goal.execute();
    assertThat(client.config(null, false).compatibilityLevel()).isEqualTo("BACKWARD");
    assertThat(log.text()).endsWith("[INFO] Removed the global level");

    goal.compatibilityLevels = Map.of("x", "SIDEWAYS");
    assertThatThrownBy(goal::execute).isInstanceOf(MojoExecutionException.class)
        .hasMessageStartingWith("Cannot set the level of subject x: Invalid compatibility level: SIDEWAYS");
  }

  @Test
  void downloadWritesMatchingSubjectsWithTheExtensionOfTheirType() throws Exception {
    client.register("orders-value", RegisterSchemaRequest.of("JSON", "{\"type\":\"object\"}", List.of()), false);
    client.register(":.ctx:payments-value", RegisterSchemaRequest.of("PROTOBUF",
        "syntax = \"proto3\";\nmessage Payment { string id = 1; }\n", List.of()), false);
    client.register("users-key", RegisterSchemaRequest.of("AVRO", "\"string\"", List.of()), false);
    client.register("users-value", RegisterSchemaRequest.of("AVRO", Goals.USER_V1, List.of()), false);
    client.register("users-value", RegisterSchemaRequest.of("AVRO", Goals.USER_WITHOUT_NAME, List.of()), false);
    DownloadMojo goal = new DownloadMojo();
    goal.schemaRegistryUrls = List.of(registry.url());
    goal.subjectPatterns = List.of("users-.*", ".*-value");
    goal.versions = List.of("1", "latest");
    goal.outputDirectory = dir.resolve("out").toFile();
    goal.encodeSubject = true;
    goal.setLog(log);

    goal.execute();

    try (var files = Files.list(dir.resolve("out"))) {
      assertThat(files.map(file -> file.getFileName().toString()).sorted()).containsExactly(
          "_x3A.ctx_x3Apayments-value.proto", "orders-value.schema.json", "users-key.avsc", "users-value.avsc");
    }
    assertThat(Files.readString(dir.resolve("out/users-value.avsc"))).contains("\"name\"");
    goal.versions = List.of("1");
    assertThatThrownBy(goal::execute).isInstanceOf(MojoExecutionException.class)
        .hasMessage("versions must give one version per subject pattern (2 patterns, 1 versions)");
  }

  @Test
  void downloadWarnsOfADeprecatedVersionAndFailsPastItsSunsetWhenAsked() throws Exception {
    client.register("retired-value", RegisterSchemaRequest.of("AVRO", Goals.USER_V1, List.of()), false);
    client.deprecate("retired-value", 1, "replaced by users", "2099-01-01", null);
    DownloadMojo goal = new DownloadMojo();
    goal.schemaRegistryUrls = List.of(registry.url());
    goal.subjectPatterns = List.of("retired-.*");
    goal.outputDirectory = dir.resolve("retired").toFile();
    goal.encodeSubject = true;
    goal.setLog(log);

    goal.execute();
    assertThat(log.text()).contains("[WARNING] retired-value version 1 is deprecated (replaced by users); sunset 2099-01-01");

    client.deprecate("retired-value", 1, "replaced by users", "2020-01-01", null);
    goal.failAfterSunset = true;
    assertThatThrownBy(goal::execute).isInstanceOf(MojoExecutionException.class)
        .hasMessageContaining("sunset 2020-01-01").hasMessageContaining("its sunset has come");
  }

  private static ConfigUpdateRequest level(String level) {
    return new ConfigUpdateRequest(level, null, null, null, null, null, null, null, null, null, null);
  }

  private static String remedy(dev.treaty.compatibility.SchemaFormat format, String ruleId) {
    return RuleCatalog.find(format, ruleId).remedy();
  }
}
