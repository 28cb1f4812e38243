package dev.treaty.registry.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.treaty.registry.Backend;
import dev.treaty.registry.TestRegistry;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Ten thousand subjects: the list is paged on the server, so the browser holds one page of rows
 * and searching stays instant.
 */
class ManySubjectsUiTest {

  private static final int SUBJECTS = 10_000;

  private static TestRegistry registry;
  private static Browser browser;

  @BeforeAll
  static void start() throws Exception {
    registry = TestRegistry.start(Backend.H2);
    Registrations data = new Registrations(registry.http());
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Integer>> done = IntStream.rangeClosed(1, SUBJECTS)
          .mapToObj(i -> pool.submit(() -> data.register(String.format("team-%02d.events-%04d", i % 40, i), "AVRO", "\"string\"", List.of())))
          .toList();
      for (Future<Integer> each : done) {
        each.get();
      }
    } finally {
      pool.shutdown();
    }
    browser = new Browser("http://127.0.0.1:" + registry.port());
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.close();
    }
    registry.close();
  }

  @Test
  void theListShowsOnePageOfTenThousandAndSearchesOnTheServer() {
    browser.open("#/subjects");
    browser.awaitText(".pager", "1–50 of 10,000");
    assertThat(browser.all("#subjects tbody tr")).hasSize(50);
    browser.await("#subject-search").sendKeys("team-07.");
    browser.awaitText(".pager", "1–50 of 250");
    browser.await("#subject-search").sendKeys("events-9");
    browser.awaitText(".pager", "1–25 of 25");
  }

  @Test
  void theLastPageIsOneRequestAway() {
    browser.open("#/subjects?offset=9950");
    browser.awaitText(".pager", "9,951–10,000 of 10,000");
    assertThat(browser.all("#subjects tbody tr")).hasSize(50);
  }
}
