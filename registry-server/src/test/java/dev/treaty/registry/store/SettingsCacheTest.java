package dev.treaty.registry.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class SettingsCacheTest {

  private final SettingsCache cache = new SettingsCache();
  private final AtomicInteger loads = new AtomicInteger();

  private String read(long generation, String key) {
    return cache.get(generation, key, () -> key + "@" + generation + "#" + loads.incrementAndGet());
  }

  @Test
  void aValueIsLoadedOncePerGeneration() {
    assertThat(read(3, "mode")).isEqualTo("mode@3#1");
    assertThat(read(3, "mode")).isEqualTo("mode@3#1");
    assertThat(loads).hasValue(1);
  }

  @Test
  void aNewerGenerationLoadsAgainAndAnOlderOneNeverSeesItsValues() {
    read(3, "mode");
    assertThat(read(4, "mode")).isEqualTo("mode@4#2");
    // a transaction that read the generation before the change reads for itself, and keeps nothing
    assertThat(read(3, "mode")).isEqualTo("mode@3#3");
    assertThat(read(4, "mode")).isEqualTo("mode@4#2");
  }

  @Test
  void theCopyStaysBoundedByStartingAgainWhenFull() {
    for (int i = 0; i < 60_000; i++) {
      read(1, "subject-" + i);
    }
    int before = loads.get();
    assertThat(read(1, "subject-59999")).endsWith("#60000");
    assertThat(read(1, "subject-0")).isEqualTo("subject-0@1#" + (before + 1));
  }
}
