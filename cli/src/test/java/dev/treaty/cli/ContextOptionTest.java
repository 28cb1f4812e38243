package dev.treaty.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.treaty.client.RegistryClient;
import org.junit.jupiter.api.Test;

/** {@code --context}: the subjects a command names are in that Confluent context, whatever the command. */
class ContextOptionTest extends RegistryCliTest {

  @Test
  void subjectsNamedWithAContextAreQualifiedInEveryCommand() {
    ok("register", "users", "user-v1.avsc", "--context", ".team");
    ok("register", "address", "address.avsc", "--context", "team");
    ok("register", "customer", "customer.avsc", "--reference", "com.acme.Address=address:1", "--context", ".team");

    RegistryClient client = RegistryClient.of(registry.url());
    assertThat(client.versions(":.team:users", false)).containsExactly(1);
    assertThat(client.version(":.team:customer", "1", false).references().get(0).subject()).isEqualTo(":.team:address");
    assertThat(ok("versions", "users", "--context", ".team").out()).isEqualTo("1\n");
    assertThat(ok("get", "customer", "--context", ".team").out()).contains(":.team:customer");
    assertThat(ok("check", "users", "user-v2-optional-email.avsc", "--context", ".team").exitCode()).isZero();
    ok("config", "users", "--set", "FULL", "--context", ".team");
    assertThat(client.config(":.team:users", false).compatibilityLevel()).isEqualTo("FULL");
    ok("mode", "users", "--set", "READONLY", "--context", ".team");
    assertThat(client.mode(":.team:users", false).mode()).isEqualTo("READONLY");
    // the reference is to :.team:address: deleting that is refused, the referrer may go
    assertThat(cli.run("delete", "address", "--context", ".team").err()).contains("42206");
    ok("delete", "customer", "--context", ".team");
    assertThat(client.subjects(false)).doesNotContain(":.team:customer").contains(":.team:address");
  }

  @Test
  void subjectsListsOneContextWhenGivenOne() {
    ok("register", "orders", "user-v1.avsc", "--context", ".shop");
    ok("register", "orders-plain", "user-v1.avsc");

    assertThat(ok("subjects", "--context", ".shop").out()).isEqualTo(":.shop:orders\n");
    assertThat(ok("subjects", "--context", ".", "--prefix", "orders").out()).isEqualTo("orders-plain\n");
    // a qualified name keeps its own context
    assertThat(ok("versions", ":.shop:orders", "--context", ".other").out()).isEqualTo("1\n");
  }

  @Test
  void aContextWithAColonInsideIsAnInputError() {
    Cli.Result result = cli.run("versions", "users", "--context", ".a:b");
    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("Bad --context");
  }
}
