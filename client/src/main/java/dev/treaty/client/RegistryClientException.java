package dev.treaty.client;

/**
 * Why a call of {@link RegistryClient} failed: the registry answered with an error
 * ({@link RegistryException}) or could not be reached at all ({@link RegistryUnreachableException}).
 */
public abstract sealed class RegistryClientException extends RuntimeException
    permits RegistryException, RegistryUnreachableException {

  RegistryClientException(String message, Throwable cause) {
    super(message, cause);
  }
}
