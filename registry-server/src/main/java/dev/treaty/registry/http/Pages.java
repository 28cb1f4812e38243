package dev.treaty.registry.http;

import io.javalin.http.Context;
import java.util.List;

/** Confluent's {@code offset} / {@code limit} paging, applied after filtering and sorting. */
final class Pages {

  private Pages() {}

  static <T> List<T> of(List<T> all, Context ctx) {
    int offset = Math.max(0, Requests.number(ctx, "offset", 0));
    int limit = Requests.number(ctx, "limit", -1);
    if (offset >= all.size()) {
      return List.of();
    }
    int end = limit <= 0 ? all.size() : (int) Math.min(all.size(), (long) offset + limit);
    return all.subList(offset, end);
  }
}
