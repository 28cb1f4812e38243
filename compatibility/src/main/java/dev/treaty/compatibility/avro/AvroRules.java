package dev.treaty.compatibility.avro;

import dev.treaty.compatibility.Rule;
import java.util.List;

/**
 * The Avro rule ids. The compatibility ids are the names of Avro's own incompatibility types, so
 * they read the same as Avro's and Confluent's messages; the payload ids are Treaty's.
 */
final class AvroRules {

  static final Rule NAME_MISMATCH = rule("NAME_MISMATCH",
      "A record, enum or fixed type is read under another name that none of the reader's aliases resolves to.",
      "Keep the old name, or add it to the new type's `aliases` (old readers still need the old name, so FORWARD stays broken until they upgrade).");
  static final Rule FIXED_SIZE_MISMATCH = rule("FIXED_SIZE_MISMATCH",
      "A fixed type changed its size, so the reader would take the wrong number of bytes.",
      "Keep the size; add a new field of the new fixed type and deprecate the old one.");
  static final Rule MISSING_ENUM_SYMBOLS = rule("MISSING_ENUM_SYMBOLS",
      "The reader's enum lacks symbols the writer can write, and declares no enum default to map them to.",
      "Set an enum `default` symbol (in the schema that reads), and add new symbols rather than removing old ones.");
  static final Rule READER_FIELD_MISSING_DEFAULT_VALUE = rule("READER_FIELD_MISSING_DEFAULT_VALUE",
      "The reader has a field the writer does not write and that field has no default to fill it with.",
      "Give the field a `default` (e.g. `null` with a `[\"null\", …]` union) in the schema that has it.");
  static final Rule TYPE_MISMATCH = rule("TYPE_MISMATCH",
      "A value's type changed in a way Avro cannot resolve (no promotion such as int to long applies).",
      "Keep the type and add a new field of the new type instead, or change only along Avro's promotions (int → long → float → double, string ↔ bytes).");
  static final Rule MISSING_UNION_BRANCH = rule("MISSING_UNION_BRANCH",
      "The writer can write a union branch that no type of the reader can read.",
      "Keep every union branch that data may hold, and add new branches only once every reader knows them.");
  static final Rule AVRO_LIBRARY_ERROR = rule("AVRO_LIBRARY_ERROR",
      "Avro's checker could not judge the pair (e.g. a field whose aliases match two writer fields), so it counts as breaking.",
      "Make every field's name and aliases match at most one field of the other schema.");

  static final Rule FIELD_DEFAULT_USED = safe("FIELD_DEFAULT_USED",
      "The reader has a field the writer does not write and fills it with the field's default (a field added with a default, or one the writer dropped).",
      "Nothing to do: the default fills the gap; keep the default stable.");
  static final Rule WRITER_FIELD_IGNORED = safe("WRITER_FIELD_IGNORED",
      "The writer writes a field the reader does not have; the reader skips it.",
      "Nothing to do for readers that lack the field; give it a default so readers that have it cope when it is gone.");
  static final Rule ENUM_SYMBOLS_ADDED = safe("ENUM_SYMBOLS_ADDED",
      "The reader's enum has symbols the writer never writes.",
      "Nothing to do for new readers; set an enum `default` so older readers map symbols they do not know.");
  static final Rule ENUM_DEFAULT_USED = safe("ENUM_DEFAULT_USED",
      "Writer symbols the reader's enum lacks are read as the reader's enum default.",
      "Nothing to do: unknown symbols read as the default; make sure consumers handle the default symbol.");
  static final Rule TYPE_PROMOTED = safe("TYPE_PROMOTED",
      "A writer value is promoted to a wider reader type (int to long, float or double; long to float or double; float to double; string and bytes either way).",
      "Nothing to do in this direction; readers on the narrower type cannot read the wider one, so upgrade them first.");
  static final Rule ALIAS_USED = safe("ALIAS_USED",
      "A renamed field or named type still reads the writer's data because an alias of the reader names it.",
      "Nothing to do for the new reader; keep the alias until no data is written under the old name.");

  static final Rule PAYLOAD_MALFORMED = rule("PAYLOAD_MALFORMED",
      "The example is not well-formed JSON, so no Avro reader could decode it.",
      "Fix the JSON syntax of the example.");
  static final Rule PAYLOAD_TYPE_MISMATCH = rule("PAYLOAD_TYPE_MISMATCH",
      "A value in the example has the wrong JSON type for its Avro type.",
      "Give the value the JSON type its Avro type expects (e.g. a number for `int`, a string for `string`).");
  static final Rule PAYLOAD_VALUE_OUT_OF_RANGE = rule("PAYLOAD_VALUE_OUT_OF_RANGE",
      "A number does not fit its int or long, or a bytes or fixed string holds a character above U+00FF or has the wrong length.",
      "Use a number that fits the type, or a string of characters up to U+00FF of the right length for bytes and fixed.");
  static final Rule PAYLOAD_MISSING_FIELD = rule("PAYLOAD_MISSING_FIELD",
      "The example omits a record field; Avro's JSON decoder needs every field, even those with a default.",
      "Add the field to the example, with its default value if it has one.");
  static final Rule PAYLOAD_UNKNOWN_FIELD = rule("PAYLOAD_UNKNOWN_FIELD",
      "The example has a property the record does not declare; Avro ignores it, so it is reported as safe.",
      "Remove the property from the example, or add the field to the schema.");
  static final Rule PAYLOAD_UNKNOWN_ENUM_SYMBOL = rule("PAYLOAD_UNKNOWN_ENUM_SYMBOL",
      "The example uses a symbol the enum does not declare.",
      "Use one of the enum's symbols.");
  static final Rule PAYLOAD_INVALID_UNION_BRANCH = rule("PAYLOAD_INVALID_UNION_BRANCH",
      "A union value is not null and not a single-key object naming one of the union's branches.",
      "Write the union value as `null` or as `{\"<branch type>\": value}`.");

  static final List<Rule> ALL = List.of(
      NAME_MISMATCH, FIXED_SIZE_MISMATCH, MISSING_ENUM_SYMBOLS, READER_FIELD_MISSING_DEFAULT_VALUE,
      TYPE_MISMATCH, MISSING_UNION_BRANCH, AVRO_LIBRARY_ERROR,
      FIELD_DEFAULT_USED, WRITER_FIELD_IGNORED, ENUM_SYMBOLS_ADDED, ENUM_DEFAULT_USED, TYPE_PROMOTED, ALIAS_USED,
      PAYLOAD_MALFORMED, PAYLOAD_TYPE_MISMATCH, PAYLOAD_VALUE_OUT_OF_RANGE, PAYLOAD_MISSING_FIELD,
      PAYLOAD_UNKNOWN_FIELD, PAYLOAD_UNKNOWN_ENUM_SYMBOL, PAYLOAD_INVALID_UNION_BRANCH);

  /** The rules whose findings are always SAFE. */
  static final List<Rule> SAFE_BY_NATURE = List.of(
      FIELD_DEFAULT_USED, WRITER_FIELD_IGNORED, ENUM_SYMBOLS_ADDED, ENUM_DEFAULT_USED, TYPE_PROMOTED, ALIAS_USED,
      PAYLOAD_UNKNOWN_FIELD);

  private AvroRules() {}

  private static Rule rule(String id, String purpose, String remedy) {
    return new Rule("AVRO", id, purpose, List.of(), remedy);
  }

  /** A rule that only lists what a reader copes with; it never makes a change breaking. */
  private static Rule safe(String id, String purpose, String remedy) {
    return rule(id, purpose, remedy);
  }
}
