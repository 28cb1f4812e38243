package dev.treaty.compatibility.json;

import com.fasterxml.jackson.databind.JsonNode;
import dev.treaty.compatibility.Finding;
import dev.treaty.compatibility.SchemaPath;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.everit.json.schema.ValidationException;
import org.everit.json.schema.Validator;

/** Validates a JSON document with everit; one finding per violation, at a pointer into the payload. */
final class PayloadValidator {

  static final String PAYLOAD_INVALID = "PAYLOAD_INVALID";
  static final String PAYLOAD_MALFORMED = "PAYLOAD_MALFORMED";

  private static final Validator VALIDATOR = Validator.builder().build();
  private static final Pattern EXTRANEOUS_KEY = Pattern.compile("extraneous key \\[(.*)\\] is not permitted");

  /** Whether a key the schema's {@code additionalProperties} refuses at an object is no problem after all. */
  interface Tolerance {
    boolean tolerates(String objectPointer, String key);
  }

  static final Tolerance NOTHING_TOLERATED = (objectPointer, key) -> false;

  private PayloadValidator() {}

  static List<Finding> validate(JsonSchema schema, String payload, Tolerance tolerance) {
    JsonNode document;
    try {
      document = JsonDocuments.parse(payload);
    } catch (JsonDocuments.MalformedJson e) {
      return List.of(Finding.breaking(PAYLOAD_MALFORMED, SchemaPath.ROOT, "The payload is not valid JSON: " + e.getMessage()));
    }
    Object payloadValue = JsonDocuments.toOrgJson(document);
    try {
      return DeepStack.call(() -> violations(schema, payloadValue, tolerance));
    } catch (StackOverflowError e) {
      return List.of(Finding.breaking(PAYLOAD_INVALID, SchemaPath.ROOT, "The payload is nested too deeply to validate."));
    }
  }

  private static List<Finding> violations(JsonSchema schema, Object payload, Tolerance tolerance) {
    try {
      VALIDATOR.performValidation(schema.validationSchema(), payload);
      return List.of();
    } catch (ValidationException e) {
      List<Finding> findings = new ArrayList<>();
      collect(e, findings, tolerance);
      findings.sort(Finding.ORDER);
      return List.copyOf(findings);
    }
  }

  private static void collect(ValidationException exception, List<Finding> findings, Tolerance tolerance) {
    if (!exception.getCausingExceptions().isEmpty()) {
      exception.getCausingExceptions().forEach(cause -> collect(cause, findings, tolerance));
      return;
    }
    String pointer = exception.getPointerToViolation();
    String path = pointer == null || pointer.equals("#") ? "" : pointer.substring(pointer.indexOf('/'));
    String keyword = exception.getKeyword() == null ? "schema" : exception.getKeyword();
    // everit names the refused key only in its message: "extraneous key [note] is not permitted".
    Matcher extraneous = EXTRANEOUS_KEY.matcher(String.valueOf(exception.getErrorMessage()));
    if (keyword.equals("additionalProperties") && extraneous.matches() && tolerance.tolerates(path, extraneous.group(1))) {
      return;
    }
    String where = path.isEmpty() ? "the payload" : "`" + path + "`";
    findings.add(Finding.breaking(PAYLOAD_INVALID, SchemaPath.of(path),
        "Keyword `" + keyword + "` rejects " + where + ": " + exception.getErrorMessage()));
  }
}
