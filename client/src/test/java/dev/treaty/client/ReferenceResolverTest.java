package dev.treaty.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.treaty.client.ReferenceResolver.Resolved;
import dev.treaty.client.model.Schema;
import dev.treaty.client.model.SchemaReference;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The walk the CLI and the Maven plugin share, over a hand-written map of subjects. */
class ReferenceResolverTest {

  private final List<String> looked = new ArrayList<>();

  private ReferenceResolver over(Map<String, Schema> subjects) {
    return new ReferenceResolver(reference -> {
      looked.add(reference.subject());
      return subjects.get(reference.subject());
    });
  }

  private static Schema schema(String text, SchemaReference... references) {
    return new Schema(null, 1, null, null, "PROTOBUF", List.of(references), null, null, text, null, null);
  }

  @Test
  void dependenciesComeBeforeWhatDependsOnThem() {
    ReferenceResolver resolver = over(Map.of(
        "money", schema("money text"),
        "order", schema("order text", new SchemaReference("money.proto", "money", 1))));

    assertThat(resolver.resolve(List.of(new SchemaReference("order.proto", "order", 2))))
        .containsExactly(new Resolved("money.proto", "money text"), new Resolved("order.proto", "order text"));
  }

  @Test
  void aNameReachedTwiceIsFetchedOnceAndTheFirstBindingWins() {
    ReferenceResolver resolver = over(Map.of(
        "money", schema("money text"),
        "other-money", schema("other money text"),
        "order", schema("order text", new SchemaReference("money.proto", "other-money", 1))));

    List<Resolved> resolved = resolver.resolve(List.of(
        new SchemaReference("money.proto", "money", 1), new SchemaReference("order.proto", "order", 1)));

    assertThat(resolved).containsExactly(
        new Resolved("money.proto", "money text"), new Resolved("order.proto", "order text"));
    assertThat(looked).containsExactly("money", "order");
  }

  @Test
  void aCycleIsRefusedNamingWhereItCloses() {
    ReferenceResolver resolver = over(Map.of(
        "a", schema("a text", new SchemaReference("b.proto", "b", 1)),
        "b", schema("b text", new SchemaReference("a.proto", "a", 1))));

    assertThatThrownBy(() -> resolver.resolve(List.of(new SchemaReference("a.proto", "a", 1))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("The references of a.proto form a cycle");
  }

  @Test
  void aVersionLeftOpenMeansTheLatest() {
    assertThat(ReferenceResolver.versionText(null)).isEqualTo("latest");
    assertThat(ReferenceResolver.versionText(-1)).isEqualTo("latest");
    assertThat(ReferenceResolver.versionText(3)).isEqualTo("3");
  }
}
