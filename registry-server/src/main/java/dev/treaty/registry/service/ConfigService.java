package dev.treaty.registry.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.treaty.client.model.Config;
import dev.treaty.client.model.ConfigUpdateRequest;
import dev.treaty.compatibility.CheckOptions;
import dev.treaty.compatibility.CompatibilityLevel;
import dev.treaty.registry.store.EventRow;
import dev.treaty.registry.store.SchemaStore;
import dev.treaty.registry.store.StoreSession;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Global and per-subject config. Stored as the JSON of {@link ConfigUpdateRequest}; a PUT merges
 * into it (absent fields are kept, explicit nulls clear). Read from the database on every use so
 * that nodes never disagree. As in Confluent, what applies to a subject is its own config over the
 * global one ({@code /config}) over the global context's ({@code /config/:.__GLOBAL:}) over the
 * server default level.
 */
public final class ConfigService {

  static final String GLOBAL = "";

  private final SchemaStore store;
  private final ModeService modes;
  private final CompatibilityLevel serverDefault;
  private final boolean serverValidateFields;
  private final LintRuleSetService lintRuleSets;

  ConfigService(SchemaStore store, ModeService modes, CompatibilityLevel serverDefault, boolean serverValidateFields,
      LintRuleSetService lintRuleSets) {
    this.store = store;
    this.modes = modes;
    this.serverDefault = serverDefault;
    this.serverValidateFields = serverValidateFields;
    this.lintRuleSets = lintRuleSets;
  }

  public Config get(String subject, boolean defaultToGlobal) {
    return store.inTransaction(session -> {
      if (subject == null) {
        return withDefaultLevel(defaultToGlobal
            ? merged(session, null)
            : stored(session, GLOBAL).orElseGet(Json.MAPPER::createObjectNode));
      }
      if (subject.equals(RegistryMode.GLOBAL_CONTEXT)) {
        return withDefaultLevel(stored(session, subject).orElseGet(Json.MAPPER::createObjectNode));
      }
      Optional<ObjectNode> own = stored(session, subject);
      if (own.isEmpty() && !defaultToGlobal) {
        throw new RegistryException(
            ErrorCode.SUBJECT_CONFIG_NOT_FOUND,
            "Subject '" + subject + "' does not have subject-level compatibility configured");
      }
      if (!defaultToGlobal) {
        // kafkajs reads compatibilityLevel unconditionally: a subject config without a level
        // shows the level that applies to it.
        ObjectNode node = own.get();
        if (!node.hasNonNull("compatibility")) {
          JsonNode level = inheritedLevel(session, subject);
          if (level != null) {
            node.set("compatibility", level);
          }
        }
        return withDefaultLevel(node);
      }
      return withDefaultLevel(merged(session, subject));
    });
  }

  public ConfigUpdateRequest put(String subject, JsonNode body, String actor) {
    if (!(body instanceof ObjectNode update)) {
      throw new RegistryException(ErrorCode.UNPROCESSABLE, "Request body must be a JSON object");
    }
    if (subject != null && !subject.equals(RegistryMode.GLOBAL_CONTEXT)) {
      SubjectNames.requireValid(subject);
    }
    String scope = subject == null ? GLOBAL : subject;
    return store.inTransaction(session -> {
      modes.requireWritable(session, subject);
      ObjectNode previous = stored(session, scope).orElseGet(Json.MAPPER::createObjectNode);
      ObjectNode next = previous.deepCopy();
      for (Iterator<Map.Entry<String, JsonNode>> it = update.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> field = it.next();
        if (field.getValue().isNull()) {
          next.remove(field.getKey());
        } else {
          next.set(field.getKey(), field.getValue());
        }
      }
      ConfigUpdateRequest validated = ConfigValidation.validate(toUpdate(next));
      if (validated.lintRules() != null) {
        lintRuleSets.requireExists(session, validated.lintRules());
      }
      ObjectNode stored = Json.MAPPER.valueToTree(validated);
      session.putConfig(scope, Json.write(stored));
      session.append(EventRow.of("CONFIG_CHANGED", subject, null, null, actor,
          Changes.json(Changes.between(previous, stored))));
      return validated;
    });
  }

  public Config delete(String subject, String actor) {
    String scope = subject == null ? GLOBAL : subject;
    return store.inTransaction(session -> {
      modes.requireWritable(session, subject);
      Optional<ObjectNode> previous = stored(session, scope);
      boolean registryWide = subject == null || subject.equals(RegistryMode.GLOBAL_CONTEXT);
      if (previous.isEmpty() && !registryWide) {
        throw RegistryException.subjectNotFound(subject);
      }
      session.deleteConfig(scope);
      ObjectNode node = previous.orElseGet(Json.MAPPER::createObjectNode);
      session.append(EventRow.of("CONFIG_DELETED", subject, null, null, actor,
          Changes.json(Changes.between(node, Json.MAPPER.createObjectNode()))));
      return registryWide ? withDefaultLevel(node) : toConfig(node);
    });
  }

  /** The compatibility options of {@code subject}'s effective configuration (contract pairs judge with them). */
  public CheckOptions options(String subject) {
    return store.inTransaction(session -> effective(session, subject).options());
  }

  /** The settings a registration or check of {@code subject} runs with. */
  Settings effective(StoreSession session, String subject) {
    ConfigUpdateRequest config = toUpdate(merged(session, subject));
    CompatibilityLevel level = config.compatibility() == null
        ? serverDefault
        : CompatibilityLevel.parse(config.compatibility());
    // The registry only renders breaking findings, so safe changes need not be computed.
    CheckOptions options = CheckOptions.of(config.compatibilityPolicy(), config.protobufRules()).breakingOnly();
    return new Settings(
        level, Boolean.TRUE.equals(config.normalize()), options, config.defaultMetadata(), config.overrideMetadata(),
        config.defaultRuleSet(), config.overrideRuleSet(), config.compatibilityGroup(),
        LintPolicy.of(config.lintRules(), config.lintEnforcement()),
        // Confluent's schema.validate.fields: the server's default where no config says otherwise.
        config.validateFields() == null ? serverValidateFields : config.validateFields());
  }

  /**
   * Where {@code subject}'s level is set, in the order {@link #merged} lets them win: {@code subject},
   * its context ({@code :.ctx:}), {@code global} ({@code /config}), the global context
   * ({@code :.__GLOBAL:}), else {@code default} (the server's).
   */
  String levelSource(StoreSession session, String subject) {
    String context = Contexts.of(subject);
    if (!subject.equals(context) && setsLevel(session, subject)) {
      return "subject";
    }
    if (context != null && setsLevel(session, context)) {
      return context;
    }
    if (context == null && setsLevel(session, GLOBAL)) {
      return "global";
    }
    return setsLevel(session, RegistryMode.GLOBAL_CONTEXT) ? RegistryMode.GLOBAL_CONTEXT : "default";
  }

  private static boolean setsLevel(StoreSession session, String scope) {
    return stored(session, scope).map(node -> node.hasNonNull("compatibility")).orElse(false);
  }

  // The global context's config, then the subject's context's (the global one for the default
  // context), then the subject's own (when one is named).
  private ObjectNode merged(StoreSession session, String subject) {
    boolean named = subject != null && !subject.equals(RegistryMode.GLOBAL_CONTEXT);
    String context = named ? Contexts.of(subject) : null;
    List<String> scopes = new ArrayList<>(List.of(RegistryMode.GLOBAL_CONTEXT, context == null ? GLOBAL : context));
    if (named && !subject.equals(context)) {
      scopes.add(subject);
    }
    // One statement for the three scopes, as registration asks on each write.
    Map<String, String> stored = session.configs(scopes);
    ObjectNode merged = Json.MAPPER.createObjectNode();
    for (String scope : scopes) {
      String text = stored.get(scope);
      if (text != null) {
        merged.setAll((ObjectNode) Json.read(text));
      }
    }
    return merged;
  }

  // The level a subject gets from above it: its context's (or the global one), else the global context's.
  private static JsonNode inheritedLevel(StoreSession session, String subject) {
    String context = Contexts.of(subject);
    if (context != null && !context.equals(subject)) {
      JsonNode level = stored(session, context).map(node -> node.get("compatibility")).orElse(null);
      if (level != null) {
        return level;
      }
    }
    String scope = context == null ? GLOBAL : null;
    JsonNode level = scope == null ? null : stored(session, scope).map(node -> node.get("compatibility")).orElse(null);
    return level != null ? level
        : stored(session, RegistryMode.GLOBAL_CONTEXT).map(node -> node.get("compatibility")).orElse(null);
  }

  private Config withDefaultLevel(ObjectNode node) {
    if (!node.hasNonNull("compatibility")) {
      node.put("compatibility", serverDefault.name());
    }
    return toConfig(node);
  }

  /**
   * The subject that {@code subject} stands for when its own config names an {@code alias}
   * (Confluent's subject aliases), else null. One hop only, as Confluent: an alias of an alias is
   * not followed. An unqualified alias set on a subject in a named context is in that context.
   */
  public String aliasOf(String subject) {
    if (subject == null || subject.isEmpty() || Contexts.isContext(subject) || subject.equals(RegistryMode.GLOBAL_CONTEXT)) {
      return null;
    }
    return store.readOnce(session -> stored(session, subject))
        .map(node -> node.path("alias").asText(""))
        .filter(alias -> !alias.isBlank())
        .map(alias -> Contexts.inContextOf(subject, alias))
        .filter(alias -> !alias.equals(subject))
        .orElse(null);
  }

  private static Optional<ObjectNode> stored(StoreSession session, String scope) {
    return session.config(scope).map(text -> (ObjectNode) Json.read(text));
  }

  private static Config toConfig(ObjectNode node) {
    return toUpdate(node).asConfig();
  }

  static ConfigUpdateRequest toUpdate(ObjectNode node) {
    try {
      return Json.MAPPER.treeToValue(node, ConfigUpdateRequest.class);
    } catch (JsonProcessingException e) {
      throw new RegistryException(ErrorCode.MALFORMED_REQUEST, "Invalid config: " + e.getOriginalMessage());
    }
  }
}
