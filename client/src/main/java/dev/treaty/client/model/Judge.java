package dev.treaty.client.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * Who decided a compatibility verdict, so that a check and a registration can say the same thing:
 * the subject's compatibility level, or the contract gate (the consumers deployed in an
 * environment), which may refuse what the level allows or allow what it refuses.
 *
 * @param kind {@code LEVEL}, {@code CONTRACT_GATE} (the gate refused) or {@code CONTRACT_GATE_OVERRIDE}
 *     (the level refused, the gate allowed because no deployed consumer is affected)
 * @param level the subject's compatibility level
 * @param environment the gate's environment, for the gate kinds
 * @param consumers the deployed consumers judged, as {@code application@version}, for the gate kinds
 * @param overruled the rule ids of the level's refusal the gate overrode
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonIgnoreProperties(ignoreUnknown = true)
public record Judge(String kind, String level, String environment, List<String> consumers, List<String> overruled) {

  public static final String LEVEL = "LEVEL";
  public static final String CONTRACT_GATE = "CONTRACT_GATE";
  public static final String CONTRACT_GATE_OVERRIDE = "CONTRACT_GATE_OVERRIDE";

  public static Judge level(String level) {
    return new Judge(LEVEL, level, null, List.of(), List.of());
  }

  @JsonIgnore
  public boolean isGate() {
    return CONTRACT_GATE.equals(kind) || CONTRACT_GATE_OVERRIDE.equals(kind);
  }

  /** One line for people: "the BACKWARD level", "the contract gate of prod (consumers billing@1.4.0)". */
  @JsonIgnore
  public String describe() {
    if (!isGate()) {
      return "the " + level + " compatibility level";
    }
    String who = consumers == null || consumers.isEmpty() ? "no consumer deployed" : "consumers " + String.join(", ", consumers);
    return "the contract gate of environment " + environment + " (" + who + ")"
        + (CONTRACT_GATE_OVERRIDE.equals(kind) ? ", overriding the " + level + " level" : "");
  }
}
