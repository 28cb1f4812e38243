package dev.treaty.registry.http;

import io.javalin.http.Context;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Predicate;

/** Confluent's {@code offset} / {@code limit} paging, applied after filtering and sorting. */
final class Pages {

  private Pages() {}

  static <T> List<T> of(List<T> all, Context ctx) {
    int offset = offset(ctx);
    int limit = Requests.number(ctx, "limit", -1);
    if (offset >= all.size()) {
      return List.of();
    }
    int end = limit <= 0 ? all.size() : (int) Math.min(all.size(), (long) offset + limit);
    return all.subList(offset, end);
  }

  /** The same window of a sequence read once, front to back, stopping at the window's end. */
  static <T> Iterator<T> of(Iterator<T> all, Context ctx) {
    int offset = offset(ctx);
    for (int skipped = 0; skipped < offset && all.hasNext(); skipped++) {
      all.next();
    }
    return limited(all, ctx);
  }

  /** The request's {@code offset}, 0 when absent or negative. */
  static int offset(Context ctx) {
    return Math.max(0, Requests.number(ctx, "offset", 0));
  }

  /** The first {@code limit} items of a sequence whose offset was already applied. */
  static <T> Iterator<T> limited(Iterator<T> all, Context ctx) {
    int limit = Requests.number(ctx, "limit", -1);
    return limit <= 0 ? all : new Iterator<>() {
      private int left = limit;

      @Override
      public boolean hasNext() {
        return left > 0 && all.hasNext();
      }

      @Override
      public T next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        left--;
        return all.next();
      }
    };
  }

  /** The items of {@code all} that {@code keep} accepts, in order, read as they are asked for. */
  static <T> Iterator<T> filter(Iterator<T> all, Predicate<T> keep) {
    return new Iterator<>() {
      private T ahead;

      @Override
      public boolean hasNext() {
        while (ahead == null && all.hasNext()) {
          T candidate = all.next();
          if (keep.test(candidate)) {
            ahead = candidate;
          }
        }
        return ahead != null;
      }

      @Override
      public T next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        T kept = ahead;
        ahead = null;
        return kept;
      }
    };
  }
}
