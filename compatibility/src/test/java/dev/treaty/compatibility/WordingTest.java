package dev.treaty.compatibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class WordingTest {

  @Test
  void anEditSaidBackwardsIsAContradiction() {
    assertThat(Wording.contradictions(
        List.of("Property `note` was added to a closed object.", "Field `id` changed type from int to long."),
        List.of("Property `note` was removed from a closed object.", "Field `id` changed type from long to int.")))
        .containsExactly("Property `note` was removed from a closed object.", "Field `id` changed type from long to int.");
  }

  @Test
  void theSameEditFromBothDirectionsIsNoContradiction() {
    assertThat(Wording.contradictions(
        List.of("Field `id` changed type from int to long."), List.of("Field `id` changed type from int to long.")))
        .isEmpty();
  }
}
