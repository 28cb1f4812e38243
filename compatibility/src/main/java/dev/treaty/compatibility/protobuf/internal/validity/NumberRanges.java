package dev.treaty.compatibility.protobuf.internal.validity;

import java.util.ArrayList;
import java.util.List;
import kotlin.ranges.IntRange;

/** Wire's reserved and extension values (numbers and ranges; names skipped) as inclusive ranges. */
final class NumberRanges {

  private NumberRanges() {}

  record Range(int start, int end) {
    boolean contains(int number) {
      return start <= number && number <= end;
    }

    boolean overlaps(Range other) {
      return start <= other.end && other.start <= end;
    }

    @Override
    public String toString() {
      return start == end ? Integer.toString(start) : start + " to " + end;
    }
  }

  static List<Range> of(List<Object> values) {
    List<Range> ranges = new ArrayList<>();
    for (Object value : values) {
      if (value instanceof Integer number) {
        ranges.add(new Range(number, number));
      } else if (value instanceof IntRange range) {
        ranges.add(new Range(range.getFirst(), range.getLast()));
      }
    }
    return ranges;
  }

  static List<String> names(List<Object> values) {
    return values.stream().filter(String.class::isInstance).map(String.class::cast).toList();
  }
}
