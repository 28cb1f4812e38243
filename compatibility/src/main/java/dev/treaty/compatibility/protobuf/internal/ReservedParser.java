package dev.treaty.compatibility.protobuf.internal;

import com.squareup.wire.schema.internal.parser.ReservedElement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import kotlin.ranges.IntRange;

/** Reads Wire's reserved values (numbers, ranges, names) into a {@link Reserved}. */
public final class ReservedParser {

  private ReservedParser() {}

  public static Reserved parse(List<ReservedElement> elements) {
    List<Reserved.Range> ranges = new ArrayList<>();
    Set<String> names = new HashSet<>();
    for (ReservedElement element : elements) {
      for (Object value : element.getValues()) {
        if (value instanceof Integer number) {
          ranges.add(new Reserved.Range(number, number));
        } else if (value instanceof IntRange range) {
          ranges.add(new Reserved.Range(range.getFirst(), range.getLast()));
        } else if (value instanceof String name) {
          names.add(name);
        }
      }
    }
    return new Reserved(ranges, names);
  }
}
