package dev.treaty.compatibility.protobuf.internal.confluent;

import dev.treaty.compatibility.protobuf.internal.FieldDef;
import dev.treaty.compatibility.protobuf.internal.Pairs;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Where the members of a new oneof lived before: each earlier oneof is one group, each earlier
 * top-level field its own group. New mutual exclusivity between groups is what breaks.
 */
record FormerGroups(List<Integer> formerTopLevel, int count) {

  static FormerGroups of(Pairs.OneofPair pair) {
    Set<String> groups = new LinkedHashSet<>();
    List<Integer> topLevel = new java.util.ArrayList<>();
    for (int number : pair.reader().fieldNumbers()) {
      FieldDef before = pair.message().writer().field(number).orElse(null);
      if (before == null) {
        continue;
      }
      if (before.inOneof()) {
        groups.add("oneof " + before.oneof());
      } else {
        groups.add("field " + number);
        topLevel.add(number);
      }
    }
    return new FormerGroups(List.copyOf(topLevel), groups.size());
  }
}
