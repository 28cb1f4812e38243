package dev.treaty.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.treaty.client.RegistryClient;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.treaty.client.RegistryException;
import dev.treaty.client.model.RegisterSchemaRequest;
import dev.treaty.client.model.Schema;
import dev.treaty.registry.testing.RunningRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Export from one real registry, import into a fresh one: the same ids, GUIDs, versions, configs and modes. */
class ExportImportTest {

  @TempDir
  Path dir;

  @Test
  void importingAnExportRebuildsTheSameRegistry() throws Exception {
    Path work = Workspace.withSchemas(dir);
    try (RunningRegistry source = RunningRegistry.start(); RunningRegistry target = RunningRegistry.start()) {
      Cli from = Cli.against(source, work);
      fill(from);
      RegistryClient.of(source.url()).register("tagged", new RegisterSchemaRequest(
          Files.readString(work.resolve("address.avsc")).replace("city", "street"), "AVRO", null,
          new ObjectMapper().readTree("{\"properties\":{\"owner\":\"billing\"}}"), null, null, null), false);

      Cli.Result exported = from.run("export", "backup");
      assertThat(exported.err()).isEmpty();
      assertThat(exported.out()).isEqualTo("Exported 7 subjects, 10 versions and 5 schemas to backup\n");
      assertThat(Files.readString(work.resolve("backup/treaty-export.json"))).contains("\"deleted\": true");

      Cli.Result imported = Cli.against(target, work).run("import", "backup");
      assertThat(imported.err()).isEmpty();
      assertThat(imported.out()).isEqualTo("Imported 7 subjects and 10 versions from backup\n");
      assertThat(imported.exitCode()).isZero();

      List<String> original = snapshot(RegistryClient.of(source.url()));
      assertThat(original).anyMatch(line -> line.startsWith("tagged 1 ") && line.contains("billing"))
          .anyMatch(line -> line.startsWith("retired 2 ") && line.contains(" true "))
          .anyMatch(line -> line.startsWith("users config ") && line.contains("FULL"))
          .anyMatch(line -> line.startsWith("customer mode ") && line.contains("READONLY"));
      assertThat(original).filteredOn(line -> line.contains(" id=")).isNotEmpty().noneMatch(line -> line.contains("guid=null"));
      assertThat(snapshot(RegistryClient.of(target.url()))).isEqualTo(original);
    }
  }

  @Test
  void contextsKeepTheirSubjectsReferencesConfigAndMode() throws Exception {
    Path work = Workspace.withSchemas(dir);
    try (RunningRegistry source = RunningRegistry.start(); RunningRegistry target = RunningRegistry.start()) {
      Cli from = Cli.against(source, work);
      run(from, "register", "address", "user-v1.avsc");
      run(from, "register", ":.team:address", "address.avsc");
      // unqualified: the reference is to the address in .team, not to the default context's
      run(from, "register", ":.team:customer", "customer.avsc", "--reference", "com.acme.Address=address:1");
      run(from, "register", ":.audit:users", "user-v1.avsc");
      run(from, "config", ":.team:", "--set", "FULL");
      run(from, "config", ":.__GLOBAL:", "--set", "FORWARD");
      run(from, "mode", ":.audit:", "--set", "READONLY");

      run(from, "export", "backup");
      Cli.Result imported = Cli.against(target, work).run("import", "backup");
      assertThat(imported.err()).isEmpty();
      assertThat(imported.exitCode()).isZero();

      RegistryClient copy = RegistryClient.of(target.url());
      assertThat(copy.contexts()).containsExactly(".", ".audit", ".team");
      assertThat(copy.version(":.team:customer", "1", false).references().get(0).subject()).isEqualTo(":.team:address");
      assertThat(copy.config(":.team:", false).compatibilityLevel()).isEqualTo("FULL");
      assertThat(copy.config(":.__GLOBAL:", false).compatibilityLevel()).isEqualTo("FORWARD");
      assertThat(copy.mode(":.audit:", false).mode()).isEqualTo("READONLY");
      // opened for the import, and closed again: no mode of its own
      assertThat(copy.mode(":.team:", true).mode()).isEqualTo("READWRITE");
      assertThat(snapshot(copy)).isEqualTo(snapshot(RegistryClient.of(source.url())));
    }
  }

  @Test
  void refusesToImportIntoARegistryThatHasSubjects() {
    Path work = Workspace.withSchemas(dir);
    try (RunningRegistry source = RunningRegistry.start()) {
      Cli cli = Cli.against(source, work);
      assertThat(cli.run("register", "users", "user-v1.avsc").exitCode()).isZero();
      assertThat(cli.run("export", "backup").exitCode()).isZero();

      Cli.Result again = cli.run("import", "backup");

      assertThat(again.exitCode()).isEqualTo(2);
      assertThat(again.err()).startsWith("treaty: ").contains("error 42205").endsWith(")\n");
      assertThat(cli.run("mode").out()).isEqualTo("global: READWRITE\n");
    }
  }

  @Test
  void anImportThatStopsPartWaySaysSo() throws Exception {
    Path work = Workspace.withSchemas(dir);
    try (RunningRegistry source = RunningRegistry.start(); RunningRegistry target = RunningRegistry.start()) {
      Cli from = Cli.against(source, work);
      run(from, "register", "users", "user-v1.avsc");
      run(from, "export", "backup");
      Files.delete(work.resolve("backup/schemas/1.avsc"));

      Cli to = Cli.against(target, work);
      Cli.Result result = to.run("import", "backup");

      assertThat(result.exitCode()).isEqualTo(2);
      assertThat(result.err()).isEqualTo("""
          treaty: the import stopped part-way; the registry stays in IMPORT mode
          treaty: The export in backup lacks its schema file schemas/1.avsc
          """);
      assertThat(to.run("mode").out()).isEqualTo("global: IMPORT\n");
    }
  }

  @Test
  void aFolderWithoutAnExportIsAnInputError() {
    Cli.Result result = new Cli(dir).env("TREATY_REGISTRY_URL", "http://127.0.0.1:1").run("import", ".");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).isEqualTo("treaty: No export in . (treaty-export.json is missing)\n");
  }

  /** Subjects sharing a schema, a reference, a hole in the ids, deleted versions, configs and modes. */
  private static void fill(Cli cli) {
    run(cli, "register", "gap", "user-v3-without-name.avsc");
    run(cli, "delete", "gap");
    run(cli, "delete", "gap", "--permanent");
    run(cli, "register", "users", "user-v1.avsc");
    run(cli, "register", "users", "user-v2-optional-email.avsc");
    run(cli, "register", "users-copy", "user-v1.avsc");
    run(cli, "register", "address", "address.avsc");
    run(cli, "register", "customer", "customer.avsc", "--reference", "com.acme.Address=address:1");
    run(cli, "register", "retired", "user-v1.avsc");
    run(cli, "register", "retired", "user-v2-optional-email.avsc");
    run(cli, "delete", "retired");
    run(cli, "register", "trimmed", "user-v1.avsc");
    run(cli, "delete", "users-copy", "1");
    run(cli, "register", "users-copy", "user-v2-optional-email.avsc");
    run(cli, "config", "users", "--set", "FULL");
    run(cli, "config", "--set", "BACKWARD_TRANSITIVE");
    run(cli, "mode", "customer", "--set", "READONLY");
  }

  private static void run(Cli cli, String... args) {
    Cli.Result result = cli.run(args);
    assertThat(result.exitCode()).as("%s: %s", String.join(" ", args), result.err()).isZero();
  }

  /** Everything a registry holds, as comparable text (creation times aside). */
  private static List<String> snapshot(RegistryClient client) {
    List<String> lines = new ArrayList<>();
    lines.add("config " + client.config(null, false));
    lines.add("mode " + client.mode(null, false));
    for (String subject : client.subjects(true)) {
      lines.add(subject + " live " + orNone(() -> client.versions(subject, false)));
      lines.add(subject + " config " + orNone(() -> client.config(subject, false)));
      lines.add(subject + " mode " + orNone(() -> client.mode(subject, false)));
      for (int version : client.versions(subject, true)) {
        Schema schema = client.version(subject, Integer.toString(version), true);
        lines.add(subject + " " + version + " id=" + schema.id() + " guid=" + schema.guid() + " " + schema.schemaType() + " "
            + schema.references() + " " + schema.metadata() + " " + schema.deleted() + " " + schema.schema());
      }
    }
    return lines;
  }

  private static Object orNone(Supplier<Object> call) {
    try {
      return call.get();
    } catch (RegistryException e) {
      return "none (" + e.errorCode() + ")";
    }
  }
}
