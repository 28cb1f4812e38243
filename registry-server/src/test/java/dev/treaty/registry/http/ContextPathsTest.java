package dev.treaty.registry.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Where each {@code /contexts/{context}/...} form goes: the table of the rewrite, read as Confluent
 * places the context (in the subject, as the config or mode scope, or as a query parameter).
 */
class ContextPathsTest {

  @Test
  void aSubjectInThePathIsQualified() {
    assertThat(ContextPaths.rewrite("/contexts/.team/subjects/orders/versions/2", null))
        .isEqualTo("/subjects/:.team:orders/versions/2");
    assertThat(ContextPaths.rewrite("/contexts/team/subjects/orders", "deleted=true"))
        .isEqualTo("/subjects/:.team:orders?deleted=true");
    assertThat(ContextPaths.rewrite("/contexts/.team/compatibility/subjects/orders/versions/latest", "verbose=true"))
        .isEqualTo("/compatibility/subjects/:.team:orders/versions/latest?verbose=true");
    assertThat(ContextPaths.rewrite("/contexts/.team/config/orders", null)).isEqualTo("/config/:.team:orders");
    assertThat(ContextPaths.rewrite("/contexts/.team/mode/orders", "force=true")).isEqualTo("/mode/:.team:orders?force=true");
  }

  @Test
  void aSubjectNamingItsContextKeepsIt() {
    assertThat(ContextPaths.rewrite("/contexts/.team/subjects/:.other:orders/versions", null))
        .isEqualTo("/subjects/:.other:orders/versions");
    assertThat(ContextPaths.rewrite("/contexts/.team/subjects/%3A.other%3Aorders", null)).isEqualTo("/subjects/%3A.other%3Aorders");
  }

  @Test
  void configAndModeAloneAreTheContexts() {
    assertThat(ContextPaths.rewrite("/contexts/.team/config", null)).isEqualTo("/config/:.team:");
    assertThat(ContextPaths.rewrite("/contexts/.team/mode", "recursive=true")).isEqualTo("/mode/:.team:?recursive=true");
  }

  @Test
  void listingsAndLookupsByIdTakeTheContextAsAParameter() {
    assertThat(ContextPaths.rewrite("/contexts/.team/subjects", "deleted=true"))
        .isEqualTo("/subjects?deleted=true&subjectPrefix=%3A.team%3A");
    assertThat(ContextPaths.rewrite("/contexts/.team/subjects", "subjectPrefix=ord"))
        .isEqualTo("/subjects?subjectPrefix=%3A.team%3Aord");
    assertThat(ContextPaths.rewrite("/contexts/.team/schemas", null)).isEqualTo("/schemas?subjectPrefix=%3A.team%3A");
    assertThat(ContextPaths.rewrite("/contexts/.team/schemas/ids/5", null)).isEqualTo("/schemas/ids/5?subject=%3A.team%3A");
    assertThat(ContextPaths.rewrite("/contexts/.team/schemas/ids/5/subjects", "subject=orders"))
        .isEqualTo("/schemas/ids/5/subjects?subject=%3A.team%3Aorders");
    assertThat(ContextPaths.rewrite("/contexts/.team/schemas/types", null)).isEqualTo("/schemas/types");
  }

  @Test
  void theDefaultContextQualifiesNothingButListsItsOwnSubjects() {
    assertThat(ContextPaths.rewrite("/contexts/./subjects/orders/versions", null)).isEqualTo("/subjects/orders/versions");
    assertThat(ContextPaths.rewrite("/contexts/./config", null)).isEqualTo("/config");
    assertThat(ContextPaths.rewrite("/contexts/./subjects", null)).isEqualTo("/subjects?subjectPrefix=%3A.%3A");
    assertThat(ContextPaths.rewrite("/contexts/./schemas/ids/5", null)).isEqualTo("/schemas/ids/5");
  }

  @Test
  void whatIsNoContextFormIsLeftAlone() {
    assertThat(ContextPaths.rewrite("/contexts/.team", null)).isNull();
    assertThat(ContextPaths.rewrite("/contexts/.team/treaty/v1/subjects", null)).isNull();
    assertThat(ContextPaths.rewrite("/contexts/.a:b/subjects", null)).isNull();
  }
}
