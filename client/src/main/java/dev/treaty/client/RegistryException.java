package dev.treaty.client;

import dev.treaty.client.model.Incompatibility;
import dev.treaty.client.model.Judge;
import java.util.List;

/**
 * The registry answered with an error: the HTTP status, Confluent's {@code error_code} (for
 * example 40401 subject not found, 409 incompatible) and message, and on an incompatible
 * registration the structured incompatibilities.
 */
public final class RegistryException extends RegistryClientException {

  private final int status;
  private final int errorCode;
  private final List<Incompatibility> incompatibilities;
  private final transient Judge judge;

  public RegistryException(int status, int errorCode, String message, List<Incompatibility> incompatibilities) {
    this(status, errorCode, message, incompatibilities, null);
  }

  /** @param judge who refused a registration (the level or the contract gate), when the registry says */
  public RegistryException(
      int status, int errorCode, String message, List<Incompatibility> incompatibilities, Judge judge) {
    super(message, null);
    this.status = status;
    this.errorCode = errorCode;
    this.incompatibilities = incompatibilities == null ? List.of() : List.copyOf(incompatibilities);
    this.judge = judge;
  }

  public int status() {
    return status;
  }

  public int errorCode() {
    return errorCode;
  }

  /** Who refused a registration, or {@code null} when the registry does not say (a Confluent server). */
  public Judge judge() {
    return judge;
  }

  public List<Incompatibility> incompatibilities() {
    return incompatibilities;
  }

  /** Whether the schema was refused because it is incompatible (HTTP 409). */
  public boolean isIncompatible() {
    return status == 409;
  }

  /** Whether something named in the request does not exist (HTTP 404). */
  public boolean isNotFound() {
    return status == 404;
  }

  /** Whether the registry itself failed (HTTP 5xx). */
  public boolean isServerError() {
    return status >= 500;
  }
}
