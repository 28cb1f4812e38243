package dev.treaty.registry.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.treaty.registry.Http;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Many threads on one node: every registration succeeds, and equal schemas share one id. */
class ConcurrencyApiTest extends ApiTest {

  @Test
  void concurrentRegistrationsOfOverlappingSchemasAllSucceedConsistently() throws Exception {
    String prefix = subject();
    for (int s = 0; s < 4; s++) {
      http.put("/config/" + prefix + "-" + s, "{\"compatibility\":\"NONE\"}");
    }
    ExecutorService pool = Executors.newFixedThreadPool(8);
    List<Future<int[]>> futures = new ArrayList<>();
    for (int t = 0; t < 8; t++) {
      int thread = t;
      for (int i = 0; i < 12; i++) {
        int n = i;
        futures.add(pool.submit(() -> {
          int schema = (thread + n) % 6;
          String subject = prefix + "-" + (thread % 4);
          Http.Answer answer = register(subject, avro("C" + schema, "a"));
          assertThat(answer.status()).as(answer.text()).isEqualTo(200);
          return new int[] {schema, answer.json().path("id").asInt()};
        }));
      }
    }
    Map<Integer, Integer> idBySchema = new HashMap<>();
    for (Future<int[]> future : futures) {
      int[] result = future.get();
      assertThat(idBySchema.putIfAbsent(result[0], result[1])).isIn(null, result[1]);
    }
    pool.shutdown();
    assertThat(idBySchema).hasSize(6);
    for (int s = 0; s < 4; s++) {
      assertThat(http.get("/subjects/" + prefix + "-" + s + "/versions").json().size()).isEqualTo(6);
    }
  }
}
