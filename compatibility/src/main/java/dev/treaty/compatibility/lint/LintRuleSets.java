package dev.treaty.compatibility.lint;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The built-in rule sets, and the flattening of a user's set onto the set it extends.
 *
 * <ul>
 *   <li>{@code event}: a missing or mistyped envelope attribute is an ERROR; naming, documentation,
 *       evolution and size rules are WARNINGs; buf's Protobuf style rules are off (the naming rules
 *       cover Protobuf in the event's own terms).
 *   <li>{@code protobuf-standard}: buf's STANDARD single-file rules, each an ERROR, as buf fails on them.
 *   <li>{@code none}: every rule off.
 * </ul>
 */
public final class LintRuleSets {

  public static final String EVENT = "event";
  public static final String PROTOBUF_STANDARD = "protobuf-standard";
  public static final String NONE = "none";

  private static final Map<String, LintRuleSet> BUILT_IN = Map.of(
      EVENT, builtIn(EVENT, category -> switch (category) {
        case "ENVELOPE" -> LintSeverity.ERROR;
        case "BUF" -> LintSeverity.OFF;
        default -> LintSeverity.WARNING;
      }),
      PROTOBUF_STANDARD, builtIn(PROTOBUF_STANDARD,
          category -> category.equals("BUF") ? LintSeverity.ERROR : LintSeverity.OFF),
      NONE, builtIn(NONE, category -> LintSeverity.OFF));

  private LintRuleSets() {}

  public static List<String> builtInNames() {
    return List.of(EVENT, PROTOBUF_STANDARD, NONE);
  }

  public static Optional<LintRuleSet> builtIn(String name) {
    return Optional.ofNullable(BUILT_IN.get(name));
  }

  public static boolean isBuiltIn(String name) {
    return BUILT_IN.containsKey(name);
  }

  /**
   * The set with every rule's final setting: the sets it extends, outermost first, each overridden
   * by the next.
   *
   * @param lookup finds a user-defined set by name
   * @throws IllegalArgumentException when a set extends an unknown set, or the chain loops
   */
  public static LintRuleSet flatten(LintRuleSet set, Function<String, Optional<LintRuleSet>> lookup) {
    List<LintRuleSet> chain = new ArrayList<>();
    java.util.Set<String> seen = new java.util.HashSet<>();
    LintRuleSet current = set;
    while (current != null) {
      if (current.name() != null && !seen.add(current.name())) {
        throw new IllegalArgumentException("Rule set " + set.name() + " extends itself through " + current.name());
      }
      chain.add(0, current);
      String parent = current.extendsName();
      if (parent == null) {
        break;
      }
      current = builtIn(parent).or(() -> lookup.apply(parent))
          .orElseThrow(() -> new IllegalArgumentException("Rule set " + set.name() + " extends unknown rule set '" + parent + "'"));
    }
    Map<String, RuleSetting> rules = new LinkedHashMap<>();
    for (LintRuleSet layer : chain) {
      layer.rules().forEach((id, setting) -> rules.merge(id, setting, RuleSetting::overriddenBy));
    }
    return new LintRuleSet(set.name(), null, rules);
  }

  /**
   * A built-in set by name, or a set read from a JSON file (extending a built-in set, or {@code none}
   * when it names none), flattened and checked.
   *
   * @throws IllegalArgumentException when the name is neither, or the file is not a valid set
   */
  public static LintRuleSet load(String nameOrFile, java.nio.file.Path baseDirectory) {
    Optional<LintRuleSet> known = builtIn(nameOrFile);
    if (known.isPresent()) {
      return known.get();
    }
    java.nio.file.Path file = baseDirectory.resolve(nameOrFile);
    if (!java.nio.file.Files.isRegularFile(file)) {
      throw new IllegalArgumentException(nameOrFile + " is neither a built-in rule set (" + String.join(", ", builtInNames())
          + ") nor a file");
    }
    try {
      com.fasterxml.jackson.databind.JsonNode body =
          new com.fasterxml.jackson.databind.ObjectMapper().readTree(java.nio.file.Files.readString(file));
      LintRuleSet set = LintRuleSet.fromJson(file.getFileName().toString(), body);
      if (set.extendsName() == null) {
        set = new LintRuleSet(set.name(), NONE, set.rules());
      }
      LintRuleSet flat = flatten(set, name -> Optional.empty());
      Linter.validate(flat);
      return flat;
    } catch (java.io.IOException e) {
      throw new IllegalArgumentException("Cannot read rule set " + nameOrFile + ": " + e.getMessage(), e);
    }
  }

  private static LintRuleSet builtIn(String name, Function<String, LintSeverity> severityOf) {
    Map<String, RuleSetting> rules = new LinkedHashMap<>();
    for (LintRuleInfo rule : LintRules.catalog()) {
      rules.put(rule.id(), RuleSetting.of(severityOf.apply(rule.category())));
    }
    return new LintRuleSet(name, null, rules);
  }
}
