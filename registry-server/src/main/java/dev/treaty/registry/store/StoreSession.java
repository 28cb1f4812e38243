package dev.treaty.registry.store;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The reads and writes available inside one transaction. Scope {@code ""} is the global config
 * or mode, any other scope a subject. Not thread-safe: it belongs to one transaction.
 */
public interface StoreSession {

  /** Serialises writers of one subject across threads and nodes until the transaction ends. */
  void lockSubject(String subject);

  List<VersionRow> versions(String subject);

  /** The last version number of {@code subject} (deleted or not) and its newest live version. */
  SubjectHead head(String subject);

  /** The live versions of {@code subject} whose schema has {@code identity}, newest first. */
  List<VersionRow> liveVersionsWithIdentity(String subject, String identity);

  /** The live versions of {@code subject} whose schema has references, newest first. */
  List<VersionRow> liveVersionsWithReferences(String subject);

  /** The versions of {@code subject} (deleted or not) that use schema {@code schemaId}, in order. */
  List<VersionRow> versionsOfSchemaIn(String subject, int schemaId);

  List<VersionRow> versionsOfSchema(int schemaId);

  List<VersionRow> allVersions();

  /** One page of the web UI's subject list, filtered, ordered and paged by the database. */
  List<SubjectSummaryRow> subjectSummaries(SubjectListing listing);

  /** How many subjects {@link #subjectSummaries} lists for {@code listing} without its page. */
  long countSubjectSummaries(SubjectListing listing);

  /**
   * Up to {@code limit} subject names after {@code after} (use {@code ""} to start), in order, that
   * start with {@code prefix}: live ones, or also those whose versions are all soft-deleted, or
   * only those; the first {@code skip} of them left out.
   */
  List<String> subjectsAfter(
      String prefix, String after, boolean includeDeleted, boolean deletedOnly, int skip, int limit);

  /** Versions whose schema references {@code subject} at {@code version}. */
  List<VersionRow> referringVersions(String subject, int version);

  Optional<SchemaRow> schema(int id);

  Optional<Integer> schemaIdByIdentity(String identity);

  /** The ids whose schema has this GUID, ascending: one, or more when IMPORT gave a schema several. */
  List<Integer> schemaIdsByGuid(String guid);

  /** The highest schema id stored or imported (a hard-deleted fresh id may lie above it). */
  int maxSchemaId();

  /**
   * Stores a new schema under {@code id}, or under a fresh id when {@code id} is {@code null};
   * returns the id used.
   */
  int insertSchema(Integer id, SchemaRow schema);

  /**
   * Stores a new schema for the named {@code context} ({@code :.team:}) under the context's id
   * {@code id}, or under the context's next id when {@code id} is {@code null}; returns the stored
   * schema's row id (negative: a named context's schemas are out of the default context's reach).
   */
  int insertContextSchema(String context, Integer id, SchemaRow schema);

  /** The stored schema that the named {@code context} calls {@code id}. */
  Optional<Integer> contextSchemaId(String context, int id);

  /** The stored schema that some named context calls {@code id} (the first context in order). */
  Optional<Integer> anyContextSchemaId(int id);

  /** The stored schema with {@code identity} that the named {@code context} has an id for. */
  Optional<Integer> contextSchemaByIdentity(String context, String identity);

  /** The id the named {@code context} gives the stored schema {@code schemaId}. */
  Optional<Integer> contextIdOf(String context, int schemaId);

  void insertVersion(String subject, int version, int schemaId);

  void markDeleted(String subject, int version);

  void removeVersion(String subject, int version);

  /** Removes a schema no version uses any more; its id is never handed out again. */
  void deleteSchema(int id);

  Optional<String> config(String scope);

  /** The stored configs of those of {@code scopes} that have one, by scope, in one statement. */
  Map<String, String> configs(List<String> scopes);

  void putConfig(String scope, String json);

  void deleteConfig(String scope);

  Optional<String> mode(String scope);

  /** The stored modes of those of {@code scopes} that have one, by scope, in one statement. */
  Map<String, String> modes(List<String> scopes);

  void putMode(String scope, String mode);

  void deleteMode(String scope);

  /** Every scope that has a mode of its own, in order. */
  List<String> modeScopes();

  /** Appends to the events feed; returns the new event's id. */
  long append(EventRow event);

  List<EventRow> events(long after, int limit);

  /** At most {@code limit} events with ids below {@code before} that match {@code filter}, newest first. */
  List<EventRow> eventsBefore(long before, EventFilter filter, int limit);

  /** The id of the newest event, or 0 when there is none. */
  long latestEventId();

  /** The contracts tables, in this same transaction (a registration reads the gates). */
  ContractRecords contracts();

  /** The webhook subscriptions and their queue, in this same transaction (a change is written with its event). */
  WebhookRecords webhooks();

  /** The governance tables (lint rule sets and findings, deprecations), in this same transaction. */
  GovernanceRecords governance();
}
