package dev.treaty.registry.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class GrantTest {

  @Test
  void aPrefixGrantCoversOnlyItsSubjects() {
    Grant payments = Grant.parse("writer:payments.*");
    assertThat(payments.allows(Role.WRITER, "payments.orders")).isTrue();
    assertThat(payments.allows(Role.READER, "payments.orders")).isTrue();
    assertThat(payments.allows(Role.WRITER, "paymentsx")).isFalse();
    assertThat(payments.allows(Role.WRITER, "billing.orders")).isFalse();
    assertThat(payments.allows(Role.READER, null)).as("all subjects").isFalse();
  }

  @Test
  void aRoleIncludesTheOnesBelowItOnly() {
    assertThat(Grant.parse("admin").allows(Role.WRITER, "x")).isTrue();
    assertThat(Grant.parse("reader").allows(Role.WRITER, "x")).isFalse();
    assertThat(Grant.parse("writer").allows(Role.ADMIN, null)).isFalse();
  }

  @Test
  void parsesListsAndWritesThemBack() {
    assertThat(Grant.parseAll("reader, writer:payments.*").toString()).isEqualTo("[reader, writer:payments.*]");
    assertThat(Grant.parse("Writer:team.").toString()).isEqualTo("writer:team.*");
  }

  @Test
  void anUnknownRoleIsNamedInTheError() {
    assertThatThrownBy(() -> Grant.parse("superuser")).hasMessageContaining("superuser");
  }
}
