package dev.treaty.compatibility.protobuf.internal;

import com.squareup.wire.schema.internal.parser.ReservedElement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Reserved statements split into one entry each, numbers by start first, then names. */
final class ReservedText {

  private ReservedText() {}

  static List<String> lines(List<ReservedElement> elements) {
    Reserved reserved = ReservedParser.parse(elements);
    List<String> lines = new ArrayList<>();
    reserved.ranges().stream()
        .distinct()
        .sorted(Comparator.comparingInt(Reserved.Range::start).thenComparingInt(Reserved.Range::end))
        .forEach(range -> lines.add("reserved " + range + ";"));
    reserved.names().stream().sorted().forEach(name -> lines.add("reserved \"" + name + "\";"));
    return lines;
  }
}
