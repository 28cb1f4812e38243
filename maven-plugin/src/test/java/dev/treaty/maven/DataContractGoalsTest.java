package dev.treaty.maven;

import dev.treaty.registry.testing.RunningRegistry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.treaty.client.RegistryClient;
import dev.treaty.client.model.ConfigUpdateRequest;
import dev.treaty.client.model.RegisterSchemaRequest;
import dev.treaty.client.model.Schema;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Confluent's {@code metadata}, {@code ruleSet} and {@code schemaProviders} parameters, against a real registry. */
class DataContractGoalsTest {

  private static final String METADATA = """
      <metadata><orders_x2Dvalue>
        <properties><owner>team-a</owner><confluent_x3Areserved>ssn</confluent_x3Areserved></properties>
        <tags><acme.User.name><tag>PII</tag></acme.User.name></tags>
        <sensitive><field>name</field></sensitive>
      </orders_x2Dvalue></metadata>""";

  private static final String RULE_SET = """
      <ruleSet><orders_x2Dvalue><domainRules><rule>
        <name>checkName</name><kind>CONDITION</kind><type>CEL</type><mode>WRITE</mode>
        <expr>message.name != ''</expr><tags><tag>PII</tag></tags><params><level>strict</level></params>
      </rule></domainRules></orders_x2Dvalue></ruleSet>""";

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

  private RegisterMojo register(String schema) {
    RegisterMojo goal = Goals.subjects(new RegisterMojo(), registry.url(),
        Map.of("orders_x2Dvalue", Goals.write(dir, "user.avsc", schema)), log);
    goal.metadata = Goals.xml(METADATA);
    goal.ruleSet = Goals.xml(RULE_SET);
    return goal;
  }

  @Test
  void registerSendsTheSubjectsMetadataAndRuleSetWithTheSchema() throws Exception {
    register(Goals.USER_V1).execute();

    Schema stored = client.version("orders-value", "latest", false);
    assertThat(stored.metadata().path("properties").path("owner").asText()).isEqualTo("team-a");
    assertThat(stored.metadata().path("properties").path("confluent:reserved").asText()).isEqualTo("ssn");
    assertThat(stored.metadata().path("tags").path("acme.User.name").toString()).isEqualTo("[\"PII\"]");
    assertThat(stored.metadata().path("sensitive").toString()).isEqualTo("[\"name\"]");
    JsonNode rule = stored.ruleSet().path("domainRules").get(0);
    assertThat(rule.path("name").asText()).isEqualTo("checkName");
    assertThat(rule.path("kind").asText()).isEqualTo("CONDITION");
    assertThat(rule.path("type").asText()).isEqualTo("CEL");
    assertThat(rule.path("expr").asText()).isEqualTo("message.name != ''");
    assertThat(rule.path("tags").toString()).isEqualTo("[\"PII\"]");
    assertThat(rule.path("params").path("level").asText()).isEqualTo("strict");
  }

  @Test
  void propagateSchemaTagsCarriesTheLatestVersionsTagsOver() throws Exception {
    ObjectMapper json = new ObjectMapper();
    client.register("users-value", new RegisterSchemaRequest(Goals.USER_V1, "AVRO", List.of(), null, null, null, null,
        json.readTree("[{\"schemaEntity\": {\"entityPath\": \"acme.User.name\", \"entityType\": \"sr_field\"},"
            + " \"tags\": [\"PII\"]}]"), null, null), false);
    String withEmail = Goals.USER_V1.replace("\"type\": \"string\"}]",
        "\"type\": \"string\"}, {\"name\": \"email\", \"type\": [\"null\", \"string\"], \"default\": null}]");
    RegisterMojo goal = Goals.subjects(new RegisterMojo(), registry.url(),
        Map.of("users-value", Goals.write(dir, "user.avsc", withEmail)), log);
    goal.propagateSchemaTags = true;

    goal.execute();
    JsonNode stored = json.readTree(client.version("users-value", "latest", false).schema());
    assertThat(stored.path("fields").get(1).path("confluent:tags").toString()).isEqualTo("[\"PII\"]");
    assertThat(stored.path("fields").get(2).path("name").asText()).isEqualTo("email");
  }

  /** The metadata takes part in the check: here its reserved field, which the registry enforces. */
  @Test
  void testCompatibilityChecksTheSchemaWithItsMetadata() {
    client.updateConfig("orders-value", new ConfigUpdateRequest(null, null, null, null, true, null, null, null, null,
        null, null));
    String withSsn = Goals.USER_V1.replace("\"type\": \"string\"}]",
        "\"type\": \"string\"}, {\"name\": \"ssn\", \"type\": [\"null\", \"string\"], \"default\": null}]");
    TestCompatibilityMojo goal = Goals.subjects(new TestCompatibilityMojo(), registry.url(),
        Map.of("orders_x2Dvalue", Goals.write(dir, "user.avsc", withSsn)), log);
    goal.metadata = Goals.xml(METADATA);
    goal.verbose = true;
    client.register("orders-value", dev.treaty.client.model.RegisterSchemaRequest.of("AVRO", Goals.USER_V1,
        java.util.List.of()), false);

    assertThatThrownBy(goal::execute).isInstanceOf(MojoFailureException.class).message()
        .contains("FIELD_CONFLICTS_WITH_RESERVED_FIELD");
  }

  @Test
  void anUnknownMetadataElementFailsTheBuildInsteadOfBeingDropped() {
    RegisterMojo goal = register(Goals.USER_V1);
    goal.metadata = Goals.xml("<metadata><orders-value><owner>x</owner></orders-value></metadata>");

    assertThatThrownBy(goal::execute).isInstanceOf(MojoFailureException.class).message()
        .contains("metadata of orders-value: <owner> is not part of a metadata (properties, tags, sensitive)");
  }

  @Test
  void schemaProvidersLimitTheSchemaTypesAndUnknownProvidersAreRefused() {
    File proto = Goals.write(dir, "order.proto", "syntax = \"proto3\";\nmessage Order { string id = 1; }\n");
    ValidateMojo goal = Goals.subjects(new ValidateMojo(), null, Map.of("orders-value", proto), log);
    goal.schemaProviders = java.util.List.of("io.confluent.kafka.schemaregistry.avro.AvroSchemaProvider");

    assertThatThrownBy(goal::execute).isInstanceOf(MojoExecutionException.class)
        .hasMessage("Schema for orders-value could not be parsed: no schema provider in schemaProviders provides PROTOBUF");

    goal.schemaProviders = java.util.List.of("com.example.YamlSchemaProvider");
    assertThatThrownBy(goal::execute).isInstanceOf(MojoExecutionException.class)
        .hasMessageStartingWith("schemaProviders: com.example.YamlSchemaProvider is not a provider Treaty has");
  }

  @Test
  void schemaProvidersThatProvideTheTypeLetTheGoalRun() throws Exception {
    File proto = Goals.write(dir, "order.proto", "syntax = \"proto3\";\nmessage Order { string id = 1; }\n");
    ValidateMojo goal = Goals.subjects(new ValidateMojo(), null, Map.of("orders-value", proto), log);
    goal.schemaProviders = java.util.List.of("io.confluent.kafka.schemaregistry.protobuf.ProtobufSchemaProvider");

    goal.execute();
    assertThat(log.text()).contains("is a valid PROTOBUF schema");
  }
}
