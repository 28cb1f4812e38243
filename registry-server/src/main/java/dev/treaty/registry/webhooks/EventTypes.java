package dev.treaty.registry.webhooks;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The names webhooks know the registry's events by: Standard Webhooks' dot-separated hierarchy
 * ({@code schema.registered}), which the CloudEvents {@code type} prefixes with {@code dev.treaty.}.
 * A feed type missing from the table (a newer event) is still delivered, under its name lower-cased
 * with the first {@code _} made a dot.
 */
final class EventTypes {

  static final String PREFIX = "dev.treaty.";
  static final String PING = "webhook.ping";
  static final String ALL = "*";

  private static final Map<String, String> BY_FEED_TYPE = Map.ofEntries(
      Map.entry("SCHEMA_REGISTERED", "schema.registered"),
      Map.entry("SCHEMA_DELETED", "schema.deleted"),
      Map.entry("VERSION_SOFT_DELETED", "version.soft_deleted"),
      Map.entry("VERSION_DELETED", "version.deleted"),
      Map.entry("DEPRECATED", "version.deprecated"),
      Map.entry("UNDEPRECATED", "version.undeprecated"),
      Map.entry("CONFIG_CHANGED", "config.changed"),
      Map.entry("CONFIG_DELETED", "config.deleted"),
      Map.entry("MODE_CHANGED", "mode.changed"),
      Map.entry("MODE_DELETED", "mode.deleted"),
      Map.entry("LINT_RULES_CHANGED", "lint_rules.changed"),
      Map.entry("LINT_RULES_DELETED", "lint_rules.deleted"),
      Map.entry("CONTRACT_PUBLISHED", "contract.published"),
      Map.entry("CONTRACT_GATE_SET", "contract_gate.set"),
      Map.entry("CONTRACT_GATE_REMOVED", "contract_gate.removed"),
      Map.entry("CONTRACT_GATE_OVERRIDE", "contract_gate.overridden"),
      Map.entry("VERIFICATION_RECORDED", "verification.recorded"),
      Map.entry("DEPLOYMENT_RECORDED", "deployment.recorded"),
      Map.entry("UNDEPLOYMENT_RECORDED", "deployment.removed"),
      Map.entry("ENVIRONMENT_CREATED", "environment.created"),
      Map.entry("APPLICATION_DESCRIBED", "application.described"),
      Map.entry("CAN_I_DEPLOY_PASSED", "can_i_deploy.passed"),
      Map.entry("CAN_I_DEPLOY_FAILED", "can_i_deploy.failed"),
      Map.entry("WEBHOOK_CREATED", "webhook.created"),
      Map.entry("WEBHOOK_UPDATED", "webhook.updated"),
      Map.entry("WEBHOOK_DELETED", "webhook.deleted"),
      Map.entry("WEBHOOK_DELIVERY_REPLAYED", "webhook.delivery_replayed"));

  private EventTypes() {}

  /** The webhook name of a feed event type. */
  static String of(String feedType) {
    String known = BY_FEED_TYPE.get(feedType);
    return known != null ? known : feedType.toLowerCase(Locale.ROOT).replaceFirst("_", ".");
  }

  /** Whether the feed type has a name of its own here (a newer one would get the fallback). */
  static boolean named(String feedType) {
    return BY_FEED_TYPE.containsKey(feedType);
  }

  /** What a subscription may ask for: every known name, {@code *} and the ping. */
  static Set<String> known() {
    Set<String> names = new TreeSet<>(BY_FEED_TYPE.values());
    names.add(PING);
    names.add(ALL);
    return names;
  }
}
