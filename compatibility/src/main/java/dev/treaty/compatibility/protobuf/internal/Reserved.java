package dev.treaty.compatibility.protobuf.internal;

import java.util.List;
import java.util.Set;

/** The reserved numbers (inclusive ranges) and names of a message or enum. */
public record Reserved(List<Range> ranges, Set<String> names) {

  public static final Reserved NONE = new Reserved(List.of(), Set.of());

  public Reserved {
    ranges = List.copyOf(ranges);
    names = Set.copyOf(names);
  }

  public record Range(int start, int end) {
    public boolean contains(Range other) {
      return start <= other.start && other.end <= end;
    }

    @Override
    public String toString() {
      return start == end ? Integer.toString(start) : start + " to " + end;
    }
  }

  public boolean reservesNumber(int number) {
    return ranges.stream().anyMatch(range -> range.start() <= number && number <= range.end());
  }

  public boolean covers(Range range) {
    return ranges.stream().anyMatch(mine -> mine.contains(range));
  }
}
