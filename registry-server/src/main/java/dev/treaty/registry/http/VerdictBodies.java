package dev.treaty.registry.http;

import dev.treaty.client.model.CompatibilityCheckResponse;
import dev.treaty.client.model.ErrorMessage;
import dev.treaty.client.model.Incompatibility;
import dev.treaty.client.model.Judge;
import dev.treaty.compatibility.Change;
import dev.treaty.compatibility.CompatibilityChecker;
import dev.treaty.compatibility.CompatibilityLevel;
import dev.treaty.compatibility.Direction;
import dev.treaty.compatibility.Severity;
import dev.treaty.registry.service.CompatibilityService;
import dev.treaty.registry.service.CompatibilityVerdict;
import dev.treaty.registry.service.IncompatibleSchemaException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one place a compatibility verdict becomes text on the wire: Treaty's structured
 * {@code incompatibilities} (one per breaking change, with its verdict per direction and remedy)
 * and Confluent's {@code messages} strings, in the shape Confluent's clients show, built from the
 * same changes. Used by the compatibility endpoints and by a refused registration's 409 alike.
 */
final class VerdictBodies {

  private VerdictBodies() {}

  static CompatibilityCheckResponse check(CompatibilityService.Outcome outcome, boolean verbose) {
    if (outcome.invalid() != null) {
      return new CompatibilityCheckResponse(false, List.of(outcome.invalid()), List.of());
    }
    CompatibilityVerdict verdict = outcome.verdict();
    return new CompatibilityCheckResponse(
        verdict.isCompatible(),
        verbose ? messages(verdict) : null,
        verbose ? incompatibilities(verdict) : List.of(),
        verbose ? verdict.judge() : null); // the plain answer keeps Confluent's exact shape
  }

  static ErrorMessage refusal(IncompatibleSchemaException e, int code) {
    return new ErrorMessage(code, e.getMessage() + ", details: " + messages(e.verdict()), incompatibilities(e.verdict()),
        e.verdict().judge());
  }

  static List<Incompatibility> incompatibilities(CompatibilityVerdict verdict) {
    List<Direction> checked = directions(verdict);
    return verdict.breakingChanges().stream().map(change -> wire(change, checked)).toList();
  }

  private static Incompatibility wire(Change change, List<Direction> checked) {
    Map<String, String> verdicts = new LinkedHashMap<>();
    for (Direction direction : checked) {
      Severity severity = change.severity(direction);
      verdicts.put(direction.name(), (severity == null ? Severity.SAFE : severity).name());
    }
    change.verdicts().stream().filter(v -> v.direction() != null)
        .forEach(v -> verdicts.putIfAbsent(v.direction().name(), v.severity().name()));
    return new Incompatibility(change.ruleId(), change.path(), change.location(), change.sentence(),
        change.direction() == null ? null : change.direction().name(), change.checkedVersion(), verdicts, change.remedy(),
        change.side() == null ? null : change.side().name());
  }

  /** The directions the level checks: a change not found in one of them is safe there. */
  private static List<Direction> directions(CompatibilityVerdict verdict) {
    CompatibilityLevel level = verdict.report().level();
    if (level == null || Judge.CONTRACT_GATE.equals(verdict.judge().kind())) {
      return List.of();
    }
    return CompatibilityChecker.directions(level);
  }

  /** Confluent's messages: one per breaking change, then the old schema checked, then the judge. */
  static List<String> messages(CompatibilityVerdict verdict) {
    List<String> messages = new ArrayList<>();
    Integer lastVersion = null;
    for (Change change : verdict.breakingChanges()) {
      if (lastVersion != null && !lastVersion.equals(change.checkedVersion())) {
        oldSchema(messages, lastVersion, verdict);
      }
      lastVersion = change.checkedVersion();
      messages.add("{errorType:'" + change.ruleId() + "', description:'" + change.sentence()
          + "', additionalInfo:'" + change.path() + "'}");
    }
    if (lastVersion != null) {
      oldSchema(messages, lastVersion, verdict);
    }
    Judge judge = verdict.judge();
    if (Judge.CONTRACT_GATE.equals(judge.kind())) {
      messages.add("{contractGate: '" + judge.environment() + "'}");
    } else if (!messages.isEmpty()) {
      messages.add("{validateFields: '" + verdict.validateFields() + "', compatibility: '" + judge.level() + "'}");
    }
    return messages;
  }

  private static void oldSchema(List<String> messages, Integer version, CompatibilityVerdict verdict) {
    messages.add("{oldSchemaVersion: " + version + "}");
    String text = verdict.oldSchemas().get(version);
    if (text != null) {
      messages.add("{oldSchema: '" + text + "'}");
    }
  }
}
