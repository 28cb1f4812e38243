package dev.treaty.compatibility.protobuf.internal;

import dev.treaty.compatibility.ProtobufRuleSet;
import dev.treaty.compatibility.Rule;
import dev.treaty.compatibility.protobuf.internal.buf.BufRules;
import dev.treaty.compatibility.protobuf.internal.confluent.ConfluentRules;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The three rule sets, and the catalogue of every Protobuf rule id (payload rules included). */
public final class ProtobufRules {

  private ProtobufRules() {}

  public static RuleSet of(ProtobufRuleSet set) {
    return switch (set) {
      case CONFLUENT -> ConfluentRules.SET;
      case WIRE -> BufRules.WIRE;
      case WIRE_JSON -> BufRules.WIRE_JSON;
    };
  }

  public static List<Rule> catalogue() {
    Map<String, Rule> byId = new LinkedHashMap<>();
    for (ProtobufRuleSet set : ProtobufRuleSet.values()) {
      of(set).rules().forEach(rule -> byId.putIfAbsent(rule.rule().id(), rule.rule()));
    }
    List<Rule> all = new ArrayList<>(byId.values());
    all.addAll(PayloadRules.ALL);
    return List.copyOf(all);
  }
}
