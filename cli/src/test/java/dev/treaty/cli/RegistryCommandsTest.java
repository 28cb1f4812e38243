package dev.treaty.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.treaty.client.RegistryClient;
import org.junit.jupiter.api.Test;

/** The commands that read and write a real registry, each test on its own subjects. */
class RegistryCommandsTest extends RegistryCliTest {

  @Test
  void registersAndReadsBackVersions() {
    assertThat(ok("register", "reg-users", "user-v1.avsc").out())
        .matches("Registered user-v1.avsc as reg-users version 1 \\(id \\d+\\)\n");
    ok("register", "reg-users", "user-v2-optional-email.avsc");

    assertThat(ok("versions", "reg-users").out()).isEqualTo("1\n2\n");
    assertThat(ok("subjects", "--prefix", "reg-").out()).isEqualTo("reg-users\n");
    Golden.assertMatches("get-latest.txt", ok("get", "reg-users").out().replaceAll("id \\d+", "id N"));
    Golden.assertMatches("get-1.json", ok("get", "reg-users", "1", "-o", "json").out()
        .replaceAll("\"id\": \\d+", "\"id\": N").replaceAll("\"ts\": \\d+", "\"ts\": T"));
  }

  @Test
  void deprecatesAVersionWarnsOnReadingItAndUndoes() {
    ok("register", "dep-users", "user-v1.avsc");
    ok("register", "dep-users", "user-v2-optional-email.avsc");

    assertThat(ok("deprecate", "dep-users@1", "--sunset", "2099-01-31", "--replacement", "dep-users@2", "--reason",
        "email is needed").out())
        .isEqualTo("dep-users version 1 is deprecated (email is needed); sunset 2099-01-31; use dep-users@2 instead\n");
    Cli.Result read = cli.run("get", "dep-users", "1");
    assertThat(read.exitCode()).isZero();
    assertThat(read.err()).isEqualTo(
        "warning: dep-users version 1 is deprecated (email is needed); sunset 2099-01-31; use dep-users@2 instead\n");
    assertThat(cli.run("get", "dep-users", "2").err()).isEmpty();

    assertThat(ok("deprecate", "dep-users@1", "--undo").out()).isEqualTo("dep-users@1 is no longer deprecated\n");
    assertThat(cli.run("get", "dep-users", "1").err()).isEmpty();
    assertThat(cli.run("deprecate", "dep-users", "--sunset", "soon").exitCode()).isEqualTo(2);
  }

  @Test
  void printsASchemaByIdReadyToSave() {
    String registered = ok("register", "by-id", "user-v1.avsc", "-o", "json").out();
    String id = registered.replaceAll("(?s).*\"id\": (\\d+).*", "$1");

    Golden.assertMatches("schema-by-id.txt", ok("schema", id).out());
    assertThat(ok("schema", id, "--output", "json").out()).contains("\"schemaType\": \"AVRO\"");
  }

  @Test
  void explainsARefusedRegistration() {
    ok("register", "refused", "user-v1.avsc");

    Cli.Result result = cli.run("register", "refused", "user-v2-required-email.avsc");

    assertThat(result.exitCode()).isEqualTo(1);
    Golden.assertMatches("register-incompatible.txt", result.out());
    assertThat(result.err()).isEqualTo("treaty: refused refused user-v2-required-email.avsc: it is incompatible\n");
  }

  @Test
  void checksAtTheSubjectsLevelOnTheRegistry() {
    ok("register", "checked", "user-v1.avsc");

    assertThat(ok("check", "checked", "user-v2-optional-email.avsc").out()).isEqualTo("""
        safe      FIELD_DEFAULT_USED at /fields/2 [backward safe, version 1]
                  Field `email` was added with the default null.
        user-v2-optional-email.avsc -> checked: compatible under BACKWARD (0 breaking changes, 1 safe change)
        """);
    Cli.Result refused = cli.run("check", "checked", "user-v2-required-email.avsc");
    assertThat(refused.exitCode()).isEqualTo(1);
    Golden.assertMatches("check-incompatible.txt", refused.out());
    Golden.assertMatches("check-incompatible.github.txt",
        cli.run("check", "checked", "user-v2-required-email.avsc", "-o", "github").out());
  }

  @Test
  void registersAndChecksJsonSchemas() {
    assertThat(ok("register", "orders", "order-v1.json").out()).startsWith("Registered order-v1.json as orders version 1");

    Cli.Result refused = cli.run("check", "orders", "order-v2.json");
    assertThat(refused.exitCode()).isEqualTo(1);
    Golden.assertMatches("check-json-schema.txt", refused.out());
    Cli.Result local = cli.run("check", "orders", "order-v2.json", "--level", "FORWARD");
    assertThat(local.exitCode()).isEqualTo(1);
    Golden.assertMatches("check-json-schema-forward-local.txt", local.out());
  }

  @Test
  void registersAndChecksProtobuf() {
    assertThat(ok("register", "shipments", "shipment-v1.proto").out())
        .startsWith("Registered shipment-v1.proto as shipments version 1");

    Cli.Result refused = cli.run("register", "shipments", "shipment-v2.proto");
    assertThat(refused.exitCode()).isEqualTo(1);
    Golden.assertMatches("register-protobuf-incompatible.txt", refused.out());
    Golden.assertMatches("get-protobuf.txt", ok("get", "shipments").out().replaceAll("id \\d+", "id N"));
  }

  /** Confluent's schema tags: the registry writes them into the Avro schema as confluent:tags. */
  @Test
  void registerAddsRemovesAndCarriesSchemaTagsOver() throws Exception {
    ok("register", "tagged", "user-v1.avsc", "--tag", "com.acme.User.name=PII,SECRET", "--tag", "com.acme.User=PERSONAL");
    JsonNode first = storedSchema("tagged", "1");
    assertThat(first.path("confluent:tags").toString()).isEqualTo("[\"PERSONAL\"]");
    assertThat(first.path("fields").get(1).path("confluent:tags").toString()).isEqualTo("[\"PII\",\"SECRET\"]");

    ok("register", "tagged", "user-v2-optional-email.avsc", "--propagate-tags", "--untag", "com.acme.User.name=SECRET");
    JsonNode second = storedSchema("tagged", "2");
    assertThat(second.path("confluent:tags").toString()).isEqualTo("[\"PERSONAL\"]");
    assertThat(second.path("fields").get(1).path("confluent:tags").toString()).isEqualTo("[\"PII\"]");

    Cli.Result wrong = cli.run("register", "tagged", "user-v1.avsc", "--tag", "com.acme.User.email");
    assertThat(wrong.exitCode()).isEqualTo(2);
    assertThat(wrong.err()).contains("Expected ENTITY=TAG[,TAG...]");
  }

  @Test
  void jsonSchemaTagsTakeConfluentsPaths() throws Exception {
    ok("register", "tagged-orders", "order-v1.json", "--tag", "object=ORDER", "--tag", "object.amount=MONEY");

    JsonNode schema = storedSchema("tagged-orders", "1");
    assertThat(schema.path("confluent:tags").toString()).isEqualTo("[\"ORDER\"]");
    assertThat(schema.at("/properties/amount/confluent:tags").toString()).isEqualTo("[\"MONEY\"]");
  }

  /** On Protobuf a message's full name tags the message, anything else a field (confluent.Meta options). */
  @Test
  void protobufTagsLandInConfluentMetaOptions() {
    ok("register", "tagged-shipments", "shipment-v1.proto", "--tag", "acme.shipping.Shipment=SHIPMENT",
        "--tag", "acme.shipping.Shipment.id=KEY");

    String stored = RegistryClient.of(registry.url()).version("tagged-shipments", "1", false).schema();
    assertThat(stored).contains("import \"confluent/meta.proto\";")
        .contains("option (confluent.message_meta) = {").contains("string id = 1 [(confluent.field_meta) = {");
  }

  private static JsonNode storedSchema(String subject, String version) throws Exception {
    return new ObjectMapper().readTree(
        RegistryClient.of(registry.url()).version(subject, version, false).schema());
  }

  @Test
  void checksAtAChosenLevelLocally() {
    ok("register", "levels", "user-v1.avsc");

    assertThat(ok("check", "levels", "user-v3-without-name.avsc").out()).isEqualTo("""
        safe      WRITER_FIELD_IGNORED at /fields [backward safe, version 1]
                  Field `name` was removed (it had no default).
        user-v3-without-name.avsc -> levels: compatible under BACKWARD (0 breaking changes, 1 safe change)
        """);
    Cli.Result forward = cli.run("check", "levels", "user-v3-without-name.avsc", "--level", "FORWARD");
    assertThat(forward.exitCode()).isEqualTo(1);
    Golden.assertMatches("check-forward-local.txt", forward.out());
  }

  @Test
  void anInvalidSchemaIsAnInputErrorNotAVerdict() {
    ok("register", "strict", "user-v1.avsc");

    Cli.Result checked = cli.run("check", "strict", "broken.avsc");
    assertThat(checked.exitCode()).isEqualTo(2);
    assertThat(checked.out()).isEmpty();
    assertThat(checked.err()).startsWith("treaty: ").contains("line 6");
    assertThat(checked.err().lines()).hasSize(1);

    Cli.Result registered = cli.run("register", "strict", "broken.avsc");
    assertThat(registered.exitCode()).isEqualTo(2);
    assertThat(registered.err()).startsWith("treaty: ").endsWith("(HTTP 422, error 42201)\n");
  }

  @Test
  void aNewSubjectIsCompatibleWithAnything() {
    assertThat(ok("check", "brand-new", "user-v1.avsc").out())
        .isEqualTo("user-v1.avsc -> brand-new: compatible under BACKWARD (0 breaking changes, 0 safe changes)\n");
    assertThat(ok("check", "brand-new", "user-v1.avsc", "--level", "FULL_TRANSITIVE").out())
        .isEqualTo("user-v1.avsc -> brand-new: compatible under FULL_TRANSITIVE (0 breaking changes, 0 safe changes)\n");
  }

  @Test
  void diffsTwoRegisteredVersions() {
    ok("register", "diffed", "user-v1.avsc");
    ok("register", "diffed", "user-v2-optional-email.avsc");

    Golden.assertMatches("diff-registered.txt", ok("diff", "diffed@1", "diffed@latest").out());
  }

  @Test
  void showsAndChangesCompatibilityLevels() {
    ok("register", "configured", "user-v1.avsc");

    assertThat(ok("config").out()).isEqualTo("global: BACKWARD\n");
    assertThat(ok("config", "configured").out()).isEqualTo("configured: BACKWARD (inherited, not set on the subject)\n");
    assertThat(ok("config", "configured", "--set", "full").out()).isEqualTo("configured: FULL\n");
    assertThat(ok("config", "configured").out()).isEqualTo("configured: FULL\n");
    assertThat(ok("config", "configured", "-o", "json").out()).isEqualTo("{\n  \"compatibilityLevel\": \"FULL\"\n}\n");
    assertThat(ok("config", "configured", "--unset").out()).isEqualTo("configured: removed FULL\n");
    assertThat(ok("config", "configured").out()).isEqualTo("configured: BACKWARD (inherited, not set on the subject)\n");
  }

  @Test
  void showsAndChangesModes() {
    assertThat(ok("mode").out()).isEqualTo("global: READWRITE\n");
    assertThat(ok("mode", "frozen", "--set", "READONLY").out()).isEqualTo("frozen: READONLY\n");
    assertThat(ok("mode", "frozen").out()).isEqualTo("frozen: READONLY\n");

    Cli.Result refused = cli.run("register", "frozen", "user-v1.avsc");
    assertThat(refused.exitCode()).isEqualTo(2);
    assertThat(refused.err()).startsWith("treaty: ").contains("error 42205");

    assertThat(ok("mode", "frozen", "--unset").out()).isEqualTo("frozen: removed READONLY\n");
    assertThat(ok("mode", "frozen").out()).isEqualTo("frozen: READWRITE (inherited, not set on the subject)\n");
  }

  @Test
  void unsettingTheGlobalModeRecursivelyClearsEverySubjectsMode() {
    ok("mode", "thawed-a", "--set", "READONLY");
    ok("mode", "thawed-b", "--set", "READWRITE");

    assertThat(ok("mode", "--unset", "--recursive").out()).isEqualTo("global: removed READWRITE\n");
    assertThat(ok("mode", "thawed-a").out()).isEqualTo("thawed-a: READWRITE (inherited, not set on the subject)\n");
    assertThat(ok("mode", "thawed-b").out()).isEqualTo("thawed-b: READWRITE (inherited, not set on the subject)\n");
    assertThat(ok("mode", "thawed-a", "--unset", "--recursive").out()).isEqualTo("thawed-a: had no mode of its own\n");
  }

  @Test
  void deletesSoftlyThenPermanently() {
    ok("register", "doomed", "user-v1.avsc");
    ok("register", "doomed", "user-v2-optional-email.avsc");

    assertThat(ok("delete", "doomed", "2").out())
        .isEqualTo("Soft-deleted doomed version 2 (still readable by id; --permanent removes it for good)\n");
    assertThat(ok("versions", "doomed").out()).isEqualTo("1\n");
    assertThat(ok("versions", "doomed", "--deleted").out()).isEqualTo("1\n2\n");
    assertThat(ok("delete", "doomed", "2", "--permanent").out()).isEqualTo("Permanently deleted doomed version 2\n");
    assertThat(ok("delete", "doomed").out())
        .isEqualTo("Soft-deleted doomed version 1 (still readable by id; --permanent removes it for good)\n");
    assertThat(ok("delete", "doomed", "--permanent", "-o", "json").out())
        .isEqualTo("{\n  \"subject\": \"doomed\",\n  \"versions\": [\n    1\n  ],\n  \"permanent\": true\n}\n");
  }

  @Test
  void anUnknownSubjectIsAnInputErrorOnOneLine() {
    Cli.Result result = cli.run("get", "nobody");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.out()).isEmpty();
    assertThat(result.err()).isEqualTo("treaty: Subject 'nobody' not found. (HTTP 404, error 40401)\n");
  }

  @Test
  void registersWithAReference() {
    ok("register", "ref-address", "address.avsc");

    Cli.Result missing = cli.run("register", "ref-customer", "customer.avsc");
    assertThat(missing.exitCode()).isEqualTo(2);
    assertThat(missing.err()).startsWith("treaty: ").contains("error 42201");

    assertThat(ok("register", "ref-customer", "customer.avsc", "--reference", "com.acme.Address=ref-address:1").out())
        .startsWith("Registered customer.avsc as ref-customer version 1");
    assertThat(ok("get", "ref-customer").out()).contains("  references com.acme.Address = ref-address version 1\n");
    assertThat(ok("check", "ref-customer", "customer.avsc", "--reference", "com.acme.Address=ref-address:latest",
        "--level", "FULL").out()).isEqualTo("customer.avsc -> ref-customer: compatible under FULL (0 breaking changes, 0 safe changes)\n");
  }

  @Test
  void githubOutputIsOnlyForChecks() {
    Cli.Result result = cli.run("subjects", "-o", "github");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).isEqualTo("treaty: --output github is only for check, diff, register, can-i-deploy and deploy matrix; use text or json\n");
  }
}
