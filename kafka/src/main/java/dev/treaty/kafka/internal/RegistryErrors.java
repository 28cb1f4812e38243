package dev.treaty.kafka.internal;

import dev.treaty.client.RegistryClientException;
import dev.treaty.client.RegistryException;
import dev.treaty.client.RegistryUnreachableException;
import dev.treaty.kafka.SerdeException;
import dev.treaty.kafka.SerdeException.Reason;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.AuthenticationException;
import org.apache.kafka.common.errors.AuthorizationException;
import org.apache.kafka.common.errors.DisconnectException;
import org.apache.kafka.common.errors.ThrottlingQuotaExceededException;
import org.apache.kafka.common.errors.TimeoutException;

/**
 * Turns a registry failure into the Kafka exception Confluent's serdes throw for it, so producer
 * and consumer code that tells retriable errors from poison records keeps working.
 */
public final class RegistryErrors {

  private RegistryErrors() {}

  /**
   * @param notFound the reason to give a 404 (an unknown id, or a schema not registered)
   */
  public static KafkaException toKafka(RegistryClientException failure, Reason notFound, String what) {
    if (failure instanceof RegistryUnreachableException) {
      return new TimeoutException("The schema registry could not be reached while " + what + ": " + failure.getMessage(), failure);
    }
    RegistryException answer = (RegistryException) failure;
    String message = "The schema registry answered " + answer.status() + " (" + answer.errorCode() + ") while " + what
        + ": " + answer.getMessage();
    return switch (answer.status()) {
      case 401 -> new AuthenticationException(message, answer);
      case 403 -> new AuthorizationException(message, answer);
      case 429 -> new ThrottlingQuotaExceededException(message);
      case 408, 500, 503, 504 -> new TimeoutException(message, answer);
      case 502 -> new DisconnectException(message, answer);
      case 404 -> new SerdeException(notFound, message, answer);
      case 409 -> new SerdeException(Reason.SCHEMA_REFUSED, message, answer);
      default -> new SerdeException(Reason.UNSUPPORTED, message, answer);
    };
  }
}
