package dev.treaty.compatibility.protobuf.internal;

import java.util.List;

/**
 * The rules of one rule set and how its walker pairs: buf matches messages by full name and
 * walks map-entry messages like any other; Confluent matches by package-relative name and
 * compares maps at the field. buf compares proto2 groups (the field and its message); Confluent's
 * diff, which walks Wire's fields and oneofs, never sees them.
 */
public record RuleSet(List<ProtoRule> rules, boolean byFullName, boolean mapEntries, boolean groups) {
  public RuleSet {
    rules = List.copyOf(rules);
  }
}
