package dev.treaty.compatibility.protobuf.internal.buf;

import dev.treaty.compatibility.Rule;
import dev.treaty.compatibility.SchemaPath;
import dev.treaty.compatibility.protobuf.internal.Findings;
import dev.treaty.compatibility.protobuf.internal.Reserved;

/** Reports every reserved range the reader no longer covers and every reserved name it dropped. */
final class ReservedDeletions {

  private ReservedDeletions() {}

  static void report(
      Rule rule, Reserved writer, Reserved reader, SchemaPath path, String location, String owner, Findings out) {
    for (Reserved.Range range : writer.ranges()) {
      if (!reader.covers(range)) {
        out.breaking(rule, path.child("reserved").child(range.toString()), location,
            "The reserved range " + range + " of " + owner + " was " + out.edit().writerOnly() + ".");
      }
    }
    writer.names().stream().sorted().filter(name -> !reader.names().contains(name)).forEach(name ->
        out.breaking(rule, path.child("reserved").child(name), location,
            "The reserved name `" + name + "` of " + owner + " was " + out.edit().writerOnly() + "."));
  }
}
