package dev.treaty.cli;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.treaty.client.model.Incompatibility;
import dev.treaty.compatibility.Finding;
import java.util.Locale;

/**
 * One change as the CLI shows it, whether the compatibility library found it locally or the
 * registry reported it.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record Change(
    String ruleId, String severity, String path, String location, String message, String direction, Integer version) {

  static Change of(Finding finding) {
    return new Change(finding.ruleId(), finding.severity().name(), finding.path(), finding.location(),
        finding.message(), finding.direction() == null ? null : finding.direction().name(), finding.checkedVersion());
  }

  static Change of(Incompatibility incompatibility) {
    return new Change(incompatibility.ruleId(), "BREAKING", incompatibility.path() == null ? "" : incompatibility.path(),
        incompatibility.location(), incompatibility.message(), incompatibility.direction(), incompatibility.version());
  }

  /** A registry that explains an incompatibility only in words (a plain Confluent server). */
  static Change unexplained(String message) {
    return new Change("INCOMPATIBLE", "BREAKING", "", null, message, null, null);
  }

  boolean breaking() {
    return "BREAKING".equals(severity);
  }

  /** "backward, version 2", "forward" or "" when neither is known. */
  String context() {
    String dir = direction == null ? "" : direction.toLowerCase(Locale.ROOT);
    String ver = version == null ? "" : "version " + version;
    return dir.isEmpty() || ver.isEmpty() ? dir + ver : dir + ", " + ver;
  }
}
