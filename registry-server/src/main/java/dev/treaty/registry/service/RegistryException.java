package dev.treaty.registry.service;

/**
 * A request the registry refuses, with the Confluent error code to answer with. The only other
 * kind is {@link IncompatibleSchemaException}, which also carries the findings.
 */
public sealed class RegistryException extends RuntimeException permits IncompatibleSchemaException, LintRefusedException {

  private final ErrorCode code;

  public RegistryException(ErrorCode code, String message) {
    super(message, null, false, false);
    this.code = code;
  }

  public ErrorCode code() {
    return code;
  }

  static RegistryException subjectNotFound(String subject) {
    return new RegistryException(ErrorCode.SUBJECT_NOT_FOUND, "Subject '" + subject + "' not found.");
  }

  static RegistryException versionNotFound(int version) {
    return new RegistryException(ErrorCode.VERSION_NOT_FOUND, "Version " + version + " not found.");
  }

  static RegistryException schemaNotFound(String message) {
    return new RegistryException(ErrorCode.SCHEMA_NOT_FOUND, message);
  }

  static RegistryException invalidSchema(String message) {
    return new RegistryException(ErrorCode.INVALID_SCHEMA, message);
  }

  static RegistryException notPermitted(String message) {
    return new RegistryException(ErrorCode.OPERATION_NOT_PERMITTED, message);
  }
}
