package dev.treaty.compatibility.json;

import com.fasterxml.jackson.databind.JsonNode;
import dev.treaty.compatibility.Finding;
import dev.treaty.compatibility.SchemaPath;
import java.util.ArrayList;
import java.util.List;
import org.everit.json.schema.ValidationException;
import org.everit.json.schema.Validator;

/** Validates a JSON document with everit; one finding per violation, at a pointer into the payload. */
final class PayloadValidator {

  static final String PAYLOAD_INVALID = "PAYLOAD_INVALID";
  static final String PAYLOAD_MALFORMED = "PAYLOAD_MALFORMED";

  private static final Validator VALIDATOR = Validator.builder().build();

  private PayloadValidator() {}

  static List<Finding> validate(JsonSchema schema, String payload) {
    JsonNode document;
    try {
      document = JsonDocuments.parse(payload);
    } catch (JsonDocuments.MalformedJson e) {
      return List.of(Finding.breaking(PAYLOAD_MALFORMED, SchemaPath.ROOT, "The payload is not valid JSON: " + e.getMessage()));
    }
    Object payloadValue = JsonDocuments.toOrgJson(document);
    try {
      return DeepStack.call(() -> violations(schema, payloadValue));
    } catch (StackOverflowError e) {
      return List.of(Finding.breaking(PAYLOAD_INVALID, SchemaPath.ROOT, "The payload is nested too deeply to validate."));
    }
  }

  private static List<Finding> violations(JsonSchema schema, Object payload) {
    try {
      VALIDATOR.performValidation(schema.validationSchema(), payload);
      return List.of();
    } catch (ValidationException e) {
      List<Finding> findings = new ArrayList<>();
      collect(e, findings);
      findings.sort(Finding.ORDER);
      return List.copyOf(findings);
    }
  }

  private static void collect(ValidationException exception, List<Finding> findings) {
    if (!exception.getCausingExceptions().isEmpty()) {
      exception.getCausingExceptions().forEach(cause -> collect(cause, findings));
      return;
    }
    String pointer = exception.getPointerToViolation();
    String path = pointer == null || pointer.equals("#") ? "" : pointer.substring(pointer.indexOf('/'));
    String keyword = exception.getKeyword() == null ? "schema" : exception.getKeyword();
    String where = path.isEmpty() ? "the payload" : "`" + path + "`";
    findings.add(Finding.breaking(PAYLOAD_INVALID, SchemaPath.of(path),
        "Keyword `" + keyword + "` rejects " + where + ": " + exception.getErrorMessage()));
  }
}
