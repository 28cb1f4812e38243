package dev.treaty.compatibility;

import dev.treaty.compatibility.internal.Fingerprints;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A tiny format for testing the level logic alone: a schema is a comma-separated list of field
 * names, and a reader can read a writer when the writer has every field the reader needs.
 */
final class FieldListFormat implements SchemaFormat {

  static final FieldListFormat INSTANCE = new FieldListFormat();

  record Fields(String text, Set<String> names) implements ParsedSchema {
    @Override
    public SchemaFormat format() {
      return INSTANCE;
    }

    @Override
    public String canonical() {
      return String.join(",", names);
    }

    @Override
    public ParsedSchema normalized() {
      return this;
    }

    @Override
    public String fingerprint() {
      return Fingerprints.sha256(canonical(), List.of());
    }

    @Override
    public List<ResolvedReference> references() {
      return List.of();
    }
  }

  static ParsedSchema schema(String text) {
    return INSTANCE.parse(text, List.of());
  }

  @Override
  public String name() {
    return "FIELDS";
  }

  @Override
  public ParsedSchema parse(String text, List<ResolvedReference> references) {
    return new Fields(text, new TreeSet<>(Arrays.asList(text.split(","))));
  }

  @Override
  public List<Finding> check(ParsedSchema reader, ParsedSchema writer, Edit edit, CheckOptions options) {
    Set<String> written = ((Fields) writer).names();
    return ((Fields) reader).names().stream()
        .filter(name -> !written.contains(name))
        .map(name -> Finding.breaking("FIELD_MISSING", SchemaPath.ROOT.child(name),
            "field `" + name + "` was " + edit.readerOnly()))
        .toList();
  }

  @Override
  public List<Rule> rules() {
    return List.of(new Rule(name(), "FIELD_MISSING", "A field the reader needs is not written.", List.of(),
        "Write every field a reader needs."));
  }

  @Override
  public List<Finding> validate(ParsedSchema schema, String payloadJson) {
    return List.of();
  }

  /** One object naming every field, whatever the request. */
  @Override
  public List<String> samples(ParsedSchema schema, SampleRequest request) {
    String object = ((Fields) schema).names().stream().sorted().map(name -> "\"" + name + "\":1")
        .collect(java.util.stream.Collectors.joining(",", "{", "}"));
    return java.util.Collections.nCopies(request.count(), object);
  }
}
