package dev.treaty.registry.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.treaty.compatibility.lint.LintRuleSet;
import dev.treaty.compatibility.lint.LintRuleSets;
import dev.treaty.compatibility.lint.Linter;
import dev.treaty.registry.store.EventRow;
import dev.treaty.registry.store.SchemaStore;
import dev.treaty.registry.store.StoreSession;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Lint rule sets: the built-in ones and those users store, each extending another. A set is
 * checked when it is stored, so registrations never meet a bad one.
 */
public final class LintRuleSetService {

  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,127}");

  private final SchemaStore store;

  LintRuleSetService(SchemaStore store) {
    this.store = store;
  }

  /** The names of every set, built-in first. */
  public List<String> names() {
    List<String> names = new ArrayList<>(LintRuleSets.builtInNames());
    names.addAll(store.inTransaction(session -> session.governance().ruleSetNames()));
    return names;
  }

  /** A set as stored (with its {@code extends}) and its effective rules after flattening. */
  public ObjectNode get(String name) {
    return store.inTransaction(session -> {
      LintRuleSet set = find(session, name).orElseThrow(() -> notFound(name));
      ObjectNode body = set.toJson();
      body.put("builtIn", LintRuleSets.isBuiltIn(name));
      body.set("effective", flattened(session, name).toJson().get("rules"));
      return body;
    });
  }

  /**
   * Stores a user set.
   *
   * @throws RegistryException 42231 when the body names an unknown rule, severity, option or
   *     parent set, or tries to replace a built-in set
   */
  public ObjectNode put(String name, JsonNode body, String actor) {
    requireName(name);
    if (LintRuleSets.isBuiltIn(name)) {
      throw new RegistryException(ErrorCode.INVALID_LINT_RULES, "Rule set " + name + " is built in; extend it under another name");
    }
    LintRuleSet set = parse(name, body);
    if (set.extendsName() == null) {
      set = new LintRuleSet(name, LintRuleSets.NONE, set.rules());
    }
    LintRuleSet toStore = set;
    return store.inTransaction(session -> {
      try {
        Linter.validate(LintRuleSets.flatten(toStore, other -> other.equals(name) ? Optional.empty() : find(session, other)));
      } catch (IllegalArgumentException e) {
        throw new RegistryException(ErrorCode.INVALID_LINT_RULES, e.getMessage());
      }
      ObjectNode stored = toStore.toJson();
      session.governance().putRuleSet(name, Json.write(stored));
      session.append(EventRow.of("LINT_RULES_CHANGED", null, null, null, actor));
      return stored;
    });
  }

  public void delete(String name, String actor) {
    if (LintRuleSets.isBuiltIn(name)) {
      throw new RegistryException(ErrorCode.INVALID_LINT_RULES, "Rule set " + name + " is built in and cannot be deleted");
    }
    store.inTransaction(session -> {
      if (!session.governance().deleteRuleSet(name)) {
        throw notFound(name);
      }
      session.append(EventRow.of("LINT_RULES_DELETED", null, null, null, actor));
      return null;
    });
  }

  void requireExists(StoreSession session, String name) {
    if (find(session, name).isEmpty()) {
      throw new RegistryException(ErrorCode.INVALID_LINT_RULES, "Unknown lint rule set: " + name
          + "; built-in sets are " + String.join(", ", LintRuleSets.builtInNames()));
    }
  }

  /** The set with every rule's final severity and options. */
  LintRuleSet flattened(StoreSession session, String name) {
    LintRuleSet set = find(session, name).orElseThrow(() -> new RegistryException(ErrorCode.INVALID_LINT_RULES,
        "The subject's lint rule set " + name + " does not exist (any more)"));
    try {
      return LintRuleSets.flatten(set, other -> find(session, other));
    } catch (IllegalArgumentException e) {
      throw new RegistryException(ErrorCode.INVALID_LINT_RULES, e.getMessage());
    }
  }

  /** An inline set given in a request ({@code "rules": {...}}), flattened. */
  LintRuleSet inline(StoreSession session, JsonNode body) {
    LintRuleSet set = parse("inline", body);
    if (set.extendsName() == null) {
      set = new LintRuleSet("inline", LintRuleSets.NONE, set.rules());
    }
    try {
      LintRuleSet flat = LintRuleSets.flatten(set, other -> find(session, other));
      Linter.validate(flat);
      return flat;
    } catch (IllegalArgumentException e) {
      throw new RegistryException(ErrorCode.INVALID_LINT_RULES, e.getMessage());
    }
  }

  private Optional<LintRuleSet> find(StoreSession session, String name) {
    Optional<LintRuleSet> builtIn = LintRuleSets.builtIn(name);
    if (builtIn.isPresent()) {
      return builtIn;
    }
    return session.governance().ruleSet(name).map(text -> LintRuleSet.fromJson(name, Json.read(text)));
  }

  private static LintRuleSet parse(String name, JsonNode body) {
    try {
      return LintRuleSet.fromJson(name, body);
    } catch (IllegalArgumentException e) {
      throw new RegistryException(ErrorCode.INVALID_LINT_RULES, e.getMessage());
    }
  }

  private static void requireName(String name) {
    if (name == null || !NAME.matcher(name).matches()) {
      throw new RegistryException(ErrorCode.INVALID_LINT_RULES,
          "A rule set name is 1 to 128 letters, digits, '.', '_' or '-', starting with a letter or digit");
    }
  }

  private static RegistryException notFound(String name) {
    return new RegistryException(ErrorCode.LINT_RULES_NOT_FOUND, "Lint rule set not found: " + name);
  }
}
