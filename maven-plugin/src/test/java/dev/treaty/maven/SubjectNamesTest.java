package dev.treaty.maven;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SubjectNamesTest {

  @Test
  void hexEscapesInElementNamesBecomeTheCharactersXmlForbids() {
    assertThat(SubjectNames.decode("_x3A.orders_x3Aorders-value")).isEqualTo(":.orders:orders-value");
    assertThat(SubjectNames.decode("team_x2Forders")).isEqualTo("team/orders");
  }

  @Test
  void namesWithoutEscapesStayAsTheyAre() {
    assertThat(SubjectNames.decode("users-value")).isEqualTo("users-value");
    assertThat(SubjectNames.decode("a+b_x")).isEqualTo("a+b_x");
  }

  @Test
  void aPlusSignNextToAnEscapeIsKept() {
    assertThat(SubjectNames.decode("a+b_x2Fc")).isEqualTo("a+b/c");
  }

  @Test
  void fileNamesSpellForbiddenCharactersTheSameWay() {
    assertThat(SubjectNames.encode(":.orders:team/orders-value")).isEqualTo("_x3A.orders_x3Ateam_x2Forders-value");
    assertThat(SubjectNames.decode(SubjectNames.encode("x:y/z"))).isEqualTo("x:y/z");
  }
}
