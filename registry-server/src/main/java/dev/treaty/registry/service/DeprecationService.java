package dev.treaty.registry.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.treaty.registry.store.EventRow;
import dev.treaty.registry.store.SchemaStore;
import dev.treaty.registry.store.GovernanceRecords;
import dev.treaty.registry.store.StoreSession;
import dev.treaty.registry.store.VersionRow;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Deprecations of subjects and versions. A version is deprecated when it is itself, or when its
 * subject is; a subject past its sunset takes no new versions (except in IMPORT mode).
 */
public final class DeprecationService {

  private static final Pattern REPLACEMENT = Pattern.compile("(.+?)(?:@(\\d+))?");
  private static final int SUBJECT_WIDE = 0;

  private final SchemaStore store;

  DeprecationService(SchemaStore store) {
    this.store = store;
  }

  /**
   * Deprecates a subject ({@code version} null) or one of its versions.
   *
   * @throws RegistryException 404 for an unknown subject or version, 422 for a bad date or replacement
   */
  public Deprecation put(String subject, Integer version, JsonNode body, String actor) {
    if (!(body instanceof ObjectNode request)) {
      throw new RegistryException(ErrorCode.UNPROCESSABLE, "Request body must be a JSON object");
    }
    String reason = text(request, "reason");
    String sunset = text(request, "sunset");
    String replacement = text(request, "replacement");
    if (sunset != null) {
      try {
        sunset = LocalDate.parse(sunset).toString();
      } catch (DateTimeParseException e) {
        throw new RegistryException(ErrorCode.UNPROCESSABLE, "\"sunset\" must be a date such as 2027-01-31: " + sunset);
      }
    }
    String checkedSunset = sunset;
    return store.inTransaction(session -> {
      requireExists(session, subject, version);
      if (replacement != null) {
        requireReplacement(session, replacement, subject, version);
      }
      Deprecation deprecation = new Deprecation(subject, version, reason, checkedSunset, replacement, Instant.now().toString());
      session.governance().putDeprecation(new GovernanceRecords.DeprecationRecord(
          subject, key(version), reason, checkedSunset, replacement, System.currentTimeMillis()));
      session.append(EventRow.of("DEPRECATED", subject, version, null, actor, detail(deprecation)));
      return deprecation;
    });
  }

  public Deprecation delete(String subject, Integer version, String actor) {
    return store.inTransaction(session -> {
      Deprecation existing = own(session, subject, version)
          .orElseThrow(() -> new RegistryException(ErrorCode.DEPRECATION_NOT_FOUND,
              (version == null ? "Subject " + subject : "Version " + version + " of " + subject) + " is not deprecated"));
      session.governance().deleteDeprecation(subject, key(version));
      session.append(EventRow.of("UNDEPRECATED", subject, version, null, actor));
      return existing;
    });
  }

  /** The subject's own deprecation, if any. */
  public Optional<Deprecation> ofSubject(String subject) {
    return store.inTransaction(session -> own(session, subject, null));
  }

  /** What makes a version deprecated: its own deprecation, else its subject's. */
  public Optional<Deprecation> ofVersion(String subject, int version) {
    return store.inTransaction(session -> ofVersion(session, subject, version));
  }

  Optional<Deprecation> ofVersion(StoreSession session, String subject, int version) {
    return own(session, subject, version).or(() -> own(session, subject, null));
  }

  /** Every deprecation of the subject and its versions. */
  public List<Deprecation> all(String subject) {
    return store.inTransaction(session -> all(session, subject));
  }

  static List<Deprecation> all(StoreSession session, String subject) {
    return session.governance().deprecations(subject).stream().map(DeprecationService::read).toList();
  }

  /** Subjects that are deprecated, or have a deprecated version. */
  static java.util.Set<String> deprecatedSubjects(StoreSession session) {
    return session.governance().deprecatedSubjects();
  }

  /** Every deprecation in the registry. */
  public List<Deprecation> all() {
    return store.inTransaction(
        session -> session.governance().allDeprecations().stream().map(DeprecationService::read).toList());
  }

  /** @throws RegistryException 42232 when the subject's sunset day is over */
  void requireBeforeSunset(StoreSession session, String subject) {
    Optional<Deprecation> deprecation = own(session, subject, null);
    if (deprecation.isPresent() && deprecation.get().isPastSunset(Deprecation.today())) {
      Deprecation d = deprecation.get();
      throw new RegistryException(ErrorCode.SUBJECT_PAST_SUNSET, "Subject " + subject + " was deprecated"
          + (d.reason() == null ? "" : " (" + d.reason() + ")") + " and its sunset " + d.sunset()
          + " is over, so it takes no new versions"
          + (d.replacement() == null ? "" : "; register under " + d.replacementSubject() + " instead")
          + ". An import (IMPORT mode) may still add versions.");
    }
  }

  private static Optional<Deprecation> own(StoreSession session, String subject, Integer version) {
    return session.governance().deprecation(subject, key(version)).map(DeprecationService::read);
  }

  private static Deprecation read(GovernanceRecords.DeprecationRecord row) {
    return new Deprecation(row.subject(), row.version() == SUBJECT_WIDE ? null : row.version(), row.reason(),
        row.sunset(), row.replacement(), Instant.ofEpochMilli(row.deprecatedAt()).toString());
  }

  private static void requireExists(StoreSession session, String subject, Integer version) {
    List<VersionRow> live = session.versions(subject).stream().filter(row -> !row.deleted()).toList();
    if (live.isEmpty()) {
      throw RegistryException.subjectNotFound(subject);
    }
    if (version != null && live.stream().noneMatch(row -> row.version() == version)) {
      throw RegistryException.versionNotFound(version);
    }
  }

  private static void requireReplacement(StoreSession session, String replacement, String subject, Integer version) {
    Matcher matcher = REPLACEMENT.matcher(replacement);
    if (!matcher.matches()) {
      throw new RegistryException(ErrorCode.UNPROCESSABLE, "\"replacement\" is SUBJECT or SUBJECT@VERSION: " + replacement);
    }
    String other = matcher.group(1);
    Integer otherVersion = matcher.group(2) == null ? null : Integer.valueOf(matcher.group(2));
    if (other.equals(subject) && (otherVersion == null ? version == null : otherVersion.equals(version))) {
      throw new RegistryException(ErrorCode.UNPROCESSABLE, "A deprecated schema cannot replace itself");
    }
    try {
      requireExists(session, other, otherVersion);
    } catch (RegistryException e) {
      throw new RegistryException(ErrorCode.UNPROCESSABLE, "The replacement " + replacement + " does not exist: " + e.getMessage());
    }
  }

  private static String text(ObjectNode request, String field) {
    JsonNode value = request.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isTextual() || value.asText().isBlank()) {
      throw new RegistryException(ErrorCode.UNPROCESSABLE, "\"" + field + "\" must be a non-empty string");
    }
    return value.asText().trim();
  }

  private static int key(Integer version) {
    return version == null ? SUBJECT_WIDE : version;
  }

  private static String detail(Deprecation deprecation) {
    ObjectNode detail = Json.MAPPER.createObjectNode();
    if (deprecation.reason() != null) {
      detail.put("reason", deprecation.reason());
    }
    if (deprecation.sunset() != null) {
      detail.put("sunset", deprecation.sunset());
    }
    if (deprecation.replacement() != null) {
      detail.put("replacement", deprecation.replacement());
    }
    return Json.write(detail);
  }
}
