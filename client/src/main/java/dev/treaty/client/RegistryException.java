package dev.treaty.client;

import dev.treaty.client.model.Incompatibility;
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

  public RegistryException(int status, int errorCode, String message, List<Incompatibility> incompatibilities) {
    super(message, null);
    this.status = status;
    this.errorCode = errorCode;
    this.incompatibilities = incompatibilities == null ? List.of() : List.copyOf(incompatibilities);
  }

  public int status() {
    return status;
  }

  public int errorCode() {
    return errorCode;
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
