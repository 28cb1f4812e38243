package dev.treaty.compatibility.protobuf.internal.buf;

import dev.treaty.compatibility.Rule;
import dev.treaty.compatibility.SchemaPath;
import dev.treaty.compatibility.protobuf.internal.Findings;
import dev.treaty.compatibility.protobuf.internal.Reserved;
import java.util.List;

/** Reports every reserved range the reader no longer covers and every reserved name it dropped. */
final class ReservedDeletions {

  private ReservedDeletions() {}

  static void report(
      Rule rule, Reserved writer, Reserved reader, SchemaPath path, Findings.Located location, String owner, Findings out) {
    for (Reserved.Range range : writer.ranges()) {
      List<Reserved.Range> gaps = reader.uncovered(range);
      if (gaps.equals(List.of(range))) {
        out.breaking(rule, path.child("reserved").child(range.toString()), location,
            "The reserved range " + range + " of " + owner + " was " + out.edit().writerOnly() + ".");
      } else if (!gaps.isEmpty()) {
        String numbers = gaps.stream().map(Reserved.Range::toString).collect(java.util.stream.Collectors.joining(", "));
        out.breaking(rule, path.child("reserved").child(range.toString()), location,
            "Of the reserved range " + range + " of " + owner + ", " + numbers + " " + (gaps.size() == 1
                && gaps.get(0).start() == gaps.get(0).end() ? "was" : "were") + " "
                + out.edit().says("dropped from", "added to") + " the reserved numbers.");
      }
    }
    writer.names().stream().sorted().filter(name -> !reader.names().contains(name)).forEach(name ->
        out.breaking(rule, path.child("reserved").child(name), location,
            "The reserved name `" + name + "` of " + owner + " was " + out.edit().writerOnly() + "."));
  }
}
