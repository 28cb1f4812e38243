package dev.treaty.registry.service;

/** Confluent's error codes with the HTTP status each one travels with. */
public enum ErrorCode {
  MALFORMED_REQUEST(400, 400),
  /** No credentials, or wrong ones; the answer carries {@code WWW-Authenticate}. */
  UNAUTHENTICATED(401, 401),
  /** Authenticated, but not granted this operation. */
  FORBIDDEN(403, 40301),
  NOT_FOUND(404, 404),
  METHOD_NOT_ALLOWED(405, 405),
  NOT_ACCEPTABLE(406, 406),
  BODY_TOO_LARGE(413, 413),
  UNSUPPORTED_MEDIA_TYPE(415, 415),
  TOO_MANY_REQUESTS(429, 429),
  SUBJECT_NOT_FOUND(404, 40401),
  VERSION_NOT_FOUND(404, 40402),
  SCHEMA_NOT_FOUND(404, 40403),
  SUBJECT_SOFT_DELETED(404, 40404),
  SUBJECT_NOT_SOFT_DELETED(404, 40405),
  VERSION_SOFT_DELETED(404, 40406),
  VERSION_NOT_SOFT_DELETED(404, 40407),
  SUBJECT_CONFIG_NOT_FOUND(404, 40408),
  SUBJECT_MODE_NOT_FOUND(404, 40409),
  INCOMPATIBLE_SCHEMA(409, 409),
  /** A contract republished with different content: contracts are immutable. */
  CONTRACT_CONFLICT(409, 40920),
  UNPROCESSABLE(422, 422),
  INVALID_SCHEMA(422, 42201),
  INVALID_VERSION(422, 42202),
  INVALID_COMPATIBILITY_LEVEL(422, 42203),
  INVALID_MODE(422, 42204),
  OPERATION_NOT_PERMITTED(422, 42205),
  REFERENCE_EXISTS(422, 42206),
  INVALID_SUBJECT(422, 42208),
  INVALID_RULE_SET(422, 42210),
  /** A schema refused by the subject's lint rules; the body lists the findings. */
  LINT_FAILED(422, 42230),
  /** A lint rule set that is not valid: unknown rule, severity, option or parent set. */
  INVALID_LINT_RULES(422, 42231),
  /** A new version under a subject past its sunset date. */
  SUBJECT_PAST_SUNSET(422, 42232),
  LINT_RULES_NOT_FOUND(404, 40430),
  DEPRECATION_NOT_FOUND(404, 40431),
  WEBHOOK_NOT_FOUND(404, 40440),
  WEBHOOK_DELIVERY_NOT_FOUND(404, 40441),
  /** A webhook subscription that is not valid: URL, event type, secret, header or format. */
  INVALID_WEBHOOK(422, 42240),
  INTERNAL(500, 500),
  STORE_ERROR(500, 50001),
  /** The database is not reachable or not migrated yet; clients retry on 503. */
  NOT_READY(503, 50001);

  private final int httpStatus;
  private final int code;

  ErrorCode(int httpStatus, int code) {
    this.httpStatus = httpStatus;
    this.code = code;
  }

  public int httpStatus() {
    return httpStatus;
  }

  public int code() {
    return code;
  }
}
