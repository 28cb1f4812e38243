package dev.treaty.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.treaty.compatibility.CompatibilityLevel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {

  @Test
  void defaultsArePort8081AndH2UnderData() {
    ServerConfig config = ConfigLoader.load(List.of(), Map.of());

    assertThat(config.port()).isEqualTo(8081);
    assertThat(config.dbUrl()).isEmpty();
    assertThat(config.dataDir()).isEqualTo(Path.of("data"));
    assertThat(config.bodyLimit()).isEqualTo(8L * 1024 * 1024);
    assertThat(config.defaultCompatibility()).isEqualTo(CompatibilityLevel.BACKWARD);
  }

  @Test
  void validateFieldsIsOffUnlessAFlagOrTheEnvironmentTurnsItOn() {
    assertThat(ConfigLoader.load(List.of(), Map.of()).validateFields()).isFalse();
    assertThat(ConfigLoader.load(List.of("--validate-fields=true"), Map.of()).validateFields()).isTrue();
    assertThat(ConfigLoader.load(List.of(), Map.of("TREATY_VALIDATE_FIELDS", "true")).validateFields()).isTrue();
  }

  @Test
  void flagsBeatEnvironmentWhichBeatsTheFile(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("treaty.properties");
    Files.writeString(file, "port=9000\ndb.url=jdbc:h2:mem:file\ndata.dir=/from/file\ncompatibility=FULL\n");

    ServerConfig config = ConfigLoader.load(
        List.of("--config", file.toString(), "--port=9200"),
        Map.of("TREATY_PORT", "9100", "TREATY_DB_URL", "jdbc:postgresql://db/treaty"));

    assertThat(config.port()).isEqualTo(9200);
    assertThat(config.dbUrl()).isEqualTo("jdbc:postgresql://db/treaty");
    assertThat(config.dataDir()).isEqualTo(Path.of("/from/file"));
    assertThat(config.defaultCompatibility()).isEqualTo(CompatibilityLevel.FULL);
  }

  @Test
  void configFileMayComeFromTheEnvironment(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("treaty.properties");
    Files.writeString(file, "body.limit=1024\n");

    assertThat(ConfigLoader.load(List.of(), Map.of("TREATY_CONFIG", file.toString())).bodyLimit()).isEqualTo(1024);
  }

  @Test
  void helpListsEverySettingWithItsFlagAndEnvironmentVariable() {
    assertThat(ConfigLoader.wantsHelp(List.of("--port", "9000", "--help"))).isTrue();
    assertThat(ConfigLoader.wantsHelp(List.of("--port", "9000"))).isFalse();
    String usage = ConfigLoader.usage();
    for (String key : ConfigLoader.KEYS) {
      assertThat(usage).contains("--" + key.replace('.', '-')).contains("TREATY_" + key.replace('.', '_').toUpperCase());
    }
  }

  @Test
  void badArgumentsAreRefusedWithAMessage() {
    assertThatThrownBy(() -> ConfigLoader.load(List.of("serve"), Map.of())).hasMessage("Unexpected argument: serve");
    assertThatThrownBy(() -> ConfigLoader.load(List.of("--port"), Map.of())).hasMessage("Flag --port needs a value");
  }

  @Test
  void securitySettingsComeFromTheEnvironmentAndFlagsLikeTheOthers() {
    ServerConfig config = ConfigLoader.load(
        List.of("--auth-anonymous=read", "--cors-origins", "https://a.test,https://b.test"),
        Map.of("TREATY_AUTH_ENABLED", "true", "TREATY_AUTH_USERS_FILE", "/etc/treaty/users"));

    assertThat(config.security().enabled()).isTrue();
    assertThat(config.security().anonymousRead()).isTrue();
    assertThat(config.security().usersFile()).isEqualTo(Path.of("/etc/treaty/users"));
    assertThat(config.security().corsOrigins()).containsExactly("https://a.test", "https://b.test");
    assertThat(ConfigLoader.load(List.of(), Map.of()).security().enabled()).as("off by default").isFalse();
  }

  @Test
  void webhookSettingsComeFromTheEnvironmentAndFlags() {
    ServerConfig config = ConfigLoader.load(List.of("--webhooks-max-attempts=3", "--webhooks-allowed-hosts",
        "hooks.example.com, ci.example.com"), Map.of("TREATY_WEBHOOKS_QUEUE_LIMIT", "50"));

    assertThat(config.webhooks().maxAttempts()).isEqualTo(3);
    assertThat(config.webhooks().queueLimit()).isEqualTo(50);
    assertThat(config.webhooks().allowedHosts()).containsExactly("hooks.example.com", "ci.example.com");
    assertThat(config.webhooks().backoffInitialMillis()).isEqualTo(5_000);
    assertThatThrownBy(() -> ConfigLoader.load(List.of("--webhooks-max-attempts=0"), Map.of()))
        .hasMessageContaining("webhooks.");
  }
}
