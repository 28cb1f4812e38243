package dev.treaty.client;

/** No registry URL answered: connection refused, timeout, or an answer that is not HTTP. */
public final class RegistryUnreachableException extends RegistryClientException {

  public RegistryUnreachableException(String message, Throwable cause) {
    super(message, cause);
  }
}
