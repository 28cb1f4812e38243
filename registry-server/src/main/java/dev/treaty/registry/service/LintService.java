package dev.treaty.registry.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.treaty.client.model.RegisterSchemaRequest;
import dev.treaty.compatibility.ParsedSchema;
import dev.treaty.compatibility.lint.LintFinding;
import dev.treaty.compatibility.lint.LintRuleSet;
import dev.treaty.compatibility.lint.LintRuleSets;
import dev.treaty.compatibility.lint.Linter;
import dev.treaty.compatibility.protobuf.ProtobufSchema;
import dev.treaty.registry.store.SchemaStore;
import dev.treaty.registry.store.StoreSession;
import dev.treaty.registry.store.VersionRow;
import java.util.List;
import java.util.Optional;

/**
 * {@code POST /treaty/v1/lint} and {@code POST /treaty/v1/subjects/{subject}/lint}: lints a schema
 * without storing it. The rules are the request's ({@code "rules"}: a set's name or an inline set),
 * else the subject's, else {@code event}; with a subject, rules between versions compare against its
 * latest live version.
 */
public final class LintService {

  private final SchemaStore store;
  private final CandidateParser parser;
  private final CompatibilityJudge judge;
  private final ConfigService configs;
  private final LintRuleSetService ruleSets;

  LintService(SchemaStore store, CandidateParser parser, CompatibilityJudge judge, ConfigService configs,
      LintRuleSetService ruleSets) {
    this.store = store;
    this.parser = parser;
    this.judge = judge;
    this.configs = configs;
    this.ruleSets = ruleSets;
  }

  /**
   * @param subject the subject whose rules and latest version apply, or {@code null}
   * @param body {@code schema}, {@code schemaType}, {@code references} and optionally {@code rules}
   */
  public ObjectNode lint(String subject, JsonNode body) {
    if (!(body instanceof ObjectNode request)) {
      throw new RegistryException(ErrorCode.UNPROCESSABLE, "Request body must be a JSON object");
    }
    return store.inTransaction(session -> {
      Optional<ParsedSchema> previous = subject == null ? Optional.empty() : latest(session, subject);
      Candidate candidate = parser.parse(session, schemaRequest(request), false, Optional.empty());
      LintRuleSet rules = rules(session, request.get("rules"), subject);
      List<LintFinding> findings;
      try {
        findings = Linter.lint(candidate.parsed(), previous.orElse(null), ProtobufSchema.FILE_NAME, rules);
      } catch (IllegalArgumentException e) {
        throw new RegistryException(ErrorCode.INVALID_LINT_RULES, e.getMessage());
      }
      ObjectNode answer = Json.MAPPER.createObjectNode();
      answer.put("ruleSet", rules.name());
      answer.put("errors", findings.stream().filter(LintFinding::isError).count());
      answer.put("warnings", findings.stream().filter(finding -> !finding.isError()).count());
      answer.set("findings", Json.MAPPER.valueToTree(findings));
      return answer;
    });
  }

  private LintRuleSet rules(StoreSession session, JsonNode given, String subject) {
    if (given != null && given.isObject()) {
      return ruleSets.inline(session, given);
    }
    if (given != null && given.isTextual()) {
      ruleSets.requireExists(session, given.asText());
      return ruleSets.flattened(session, given.asText());
    }
    if (given != null && !given.isNull()) {
      throw new RegistryException(ErrorCode.INVALID_LINT_RULES, "\"rules\" names a rule set or is one");
    }
    String name = subject == null ? null : configs.effective(session, subject).lint().ruleSet();
    return ruleSets.flattened(session, name == null ? LintRuleSets.EVENT : name);
  }

  private Optional<ParsedSchema> latest(StoreSession session, String subject) {
    List<VersionRow> live = session.versions(subject).stream().filter(row -> !row.deleted()).toList();
    if (live.isEmpty()) {
      return Optional.empty();
    }
    return session.schema(live.get(live.size() - 1).schemaId()).map(row -> judge.parsed(session, row));
  }

  private static RegisterSchemaRequest schemaRequest(ObjectNode request) {
    if (!request.path("schema").isTextual() || request.get("schema").asText().isEmpty()) {
      throw new RegistryException(ErrorCode.UNPROCESSABLE, "\"schema\" must be the schema text");
    }
    try {
      ObjectNode schemaOnly = request.deepCopy();
      schemaOnly.remove(List.of("rules", "subject", "metadata", "ruleSet", "version", "id"));
      return Json.MAPPER.treeToValue(schemaOnly, RegisterSchemaRequest.class);
    } catch (JsonProcessingException | IllegalArgumentException e) {
      throw new RegistryException(ErrorCode.MALFORMED_REQUEST, "Invalid lint request: " + e.getMessage());
    }
  }
}
