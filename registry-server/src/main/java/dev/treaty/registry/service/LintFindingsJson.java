package dev.treaty.registry.service;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.treaty.compatibility.lint.LintFinding;
import java.util.List;

/** Lint findings as stored on a version: a JSON array of the findings' JSON form. */
final class LintFindingsJson {

  private static final TypeReference<List<LintFinding>> LIST = new TypeReference<>() {};

  private LintFindingsJson() {}

  static List<LintFinding> read(String json) {
    if (json == null) {
      return List.of();
    }
    return Json.MAPPER.convertValue(Json.read(json), LIST);
  }
}
