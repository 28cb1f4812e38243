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

  /** Whether every number of {@code range} is reserved here, by one range or several adjacent ones. */
  public boolean covers(Range range) {
    return uncovered(range).isEmpty();
  }

  /**
   * The parts of {@code range} no range here reserves: reserved numbers are a set, so
   * {@code 2 to 10} is covered by {@code 2 to 5} and {@code 6 to 10} alike.
   */
  public List<Range> uncovered(Range range) {
    List<Range> sorted = ranges.stream().sorted(java.util.Comparator.comparingInt(Range::start)).toList();
    List<Range> gaps = new java.util.ArrayList<>();
    long next = range.start();
    for (Range mine : sorted) {
      if (mine.end() < next || mine.start() > range.end()) {
        continue;
      }
      if (mine.start() > next) {
        gaps.add(new Range((int) next, mine.start() - 1));
      }
      next = Math.max(next, (long) mine.end() + 1);
      if (next > range.end()) {
        break;
      }
    }
    if (next <= range.end()) {
      gaps.add(new Range((int) next, range.end()));
    }
    return gaps;
  }
}
