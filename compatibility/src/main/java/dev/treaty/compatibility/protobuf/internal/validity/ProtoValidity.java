package dev.treaty.compatibility.protobuf.internal.validity;

import com.squareup.wire.schema.internal.parser.ProtoFileElement;
import dev.treaty.compatibility.InvalidSchemaException;
import dev.treaty.compatibility.protobuf.internal.ParsedFile;
import dev.treaty.compatibility.protobuf.internal.TypeNames;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What protoc and {@code buf build} check after parsing, so that the registry never stores a file
 * a producer's build would refuse. A refusal names protoc's reason and {@code file:line:column};
 * when there are several, the first in the file is named and the others counted.
 */
public final class ProtoValidity {

  private static final List<ValidityRule> RULES = List.of(
      new EditionKnown(),
      new EditionsGrammar(),
      new FieldNumberRange(),
      new FieldNumberUnique(),
      new NamesUnique(),
      new MapFields(),
      new OneofFields(),
      new EnumValues(),
      new DefaultValues(),
      new Proto3Only(),
      new ReservedConflicts(),
      new ExtensionRanges(),
      new JsonNameConflicts(),
      new PackedOption(),
      new CustomOptionsKnown(),
      new FeaturesPlacement());

  private ProtoValidity() {}

  /** Throws {@link InvalidSchemaException} naming the first problem of {@code file}; imports are read, not judged. */
  public static void check(ParsedFile file, List<ProtoFileElement> imported, TypeNames names) {
    Source source = new Source(file, imported, names);
    List<Problem> problems = new ArrayList<>();
    RULES.forEach(rule -> rule.check(source, problems));
    if (problems.isEmpty()) {
      return;
    }
    problems.sort(Comparator.comparingInt((Problem problem) -> problem.at().getLine())
        .thenComparingInt(problem -> problem.at().getColumn()));
    Problem first = problems.get(0);
    String more = problems.size() == 1 ? "" : " (and " + (problems.size() - 1) + " more problem"
        + (problems.size() == 2 ? "" : "s") + ")";
    throw new InvalidSchemaException(first.describe() + more, first.at().getLine(), first.at().getColumn(), null);
  }
}
