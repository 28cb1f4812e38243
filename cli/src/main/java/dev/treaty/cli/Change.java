package dev.treaty.cli;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.treaty.client.model.Incompatibility;
import dev.treaty.compatibility.Severity;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One change as the CLI shows it, whether the compatibility library found it locally or the
 * registry reported it: the edit, its verdict per direction checked and how to make it safe.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
record Change(
    String ruleId, String severity, String path, String location, String message, String direction, Integer version,
    Map<String, String> verdicts, String remedy, String side) {

  Change(String ruleId, String severity, String path, String location, String message, String direction,
      Integer version, Map<String, String> verdicts, String remedy) {
    this(ruleId, severity, path, location, message, direction, version, verdicts, remedy, null);
  }

  /** A row of the library's report; {@code safeOnly} when the level (NONE) makes nothing breaking. */
  static Change of(dev.treaty.compatibility.Change change, boolean safeOnly) {
    Map<String, String> verdicts = new LinkedHashMap<>();
    change.verdicts().stream().filter(v -> v.direction() != null)
        .forEach(v -> verdicts.put(v.direction().name(), safeOnly ? Severity.SAFE.name() : v.severity().name()));
    boolean breaking = change.isBreaking() && !safeOnly;
    return new Change(change.ruleId(), breaking ? "BREAKING" : "SAFE", change.path(), change.location(),
        safeOnly ? change.edit() : change.sentence(),
        change.direction() == null ? null : change.direction().name(), change.checkedVersion(), verdicts,
        breaking ? change.remedy() : null, change.side() == null ? null : change.side().name());
  }

  static Change of(Incompatibility incompatibility) {
    return new Change(incompatibility.ruleId(), "BREAKING", incompatibility.path() == null ? "" : incompatibility.path(),
        incompatibility.location(), incompatibility.message(), incompatibility.direction(), incompatibility.version(),
        incompatibility.verdicts(), incompatibility.remedy(), incompatibility.side());
  }

  /** A registry that explains an incompatibility only in words (a plain Confluent server). */
  static Change unexplained(String message) {
    return new Change("INCOMPATIBLE", "BREAKING", "", null, message, null, null, Map.of(), null);
  }

  /** Whether {@code location} points into the old schema (a deleted element is only there). */
  boolean inOld() {
    return "OLD".equals(side);
  }

  boolean breaking() {
    return "BREAKING".equals(severity);
  }

  /** "backward breaking, forward safe, version 2", "forward" or "" when nothing is known. */
  String context() {
    String dir = verdicts != null && !verdicts.isEmpty()
        ? verdicts.entrySet().stream()
            .map(e -> e.getKey().toLowerCase(Locale.ROOT) + " " + e.getValue().toLowerCase(Locale.ROOT))
            .collect(Collectors.joining(", "))
        : direction == null ? "" : direction.toLowerCase(Locale.ROOT);
    String ver = version == null ? "" : "version " + version;
    return dir.isEmpty() || ver.isEmpty() ? dir + ver : dir + ", " + ver;
  }
}
