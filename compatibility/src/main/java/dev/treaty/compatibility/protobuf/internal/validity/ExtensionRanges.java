package dev.treaty.compatibility.protobuf.internal.validity;

import com.squareup.wire.schema.Field;
import com.squareup.wire.schema.internal.parser.ExtendElement;
import com.squareup.wire.schema.internal.parser.ExtensionsElement;
import com.squareup.wire.schema.internal.parser.FieldElement;
import com.squareup.wire.schema.internal.parser.MessageElement;
import java.util.ArrayList;
import java.util.List;

/**
 * Extension ranges hold valid numbers, overlap no field and no reserved range, and every
 * extension extends a message at a number that message declares for extensions.
 */
final class ExtensionRanges implements ValidityRule {

  @Override
  public void check(Source source, List<Problem> out) {
    source.eachMessage((message, name) -> {
      List<NumberRanges.Range> reserved = ReservedConflicts.ranges(message.getReserveds(), "Reserved", new ArrayList<>())
          .stream().map(ReservedConflicts.Located::range).toList();
      for (ExtensionsElement extensions : message.getExtensions()) {
        for (NumberRanges.Range range : NumberRanges.of(extensions.getValues())) {
          if (range.start() <= 0 || range.end() > FieldNumberRange.MAX) {
            out.add(new Problem(extensions.getLocation(), "Extension numbers must be between 1 and "
                + FieldNumberRange.MAX + "."));
          }
          for (Source.NumberedField field : Source.fieldsOf(message)) {
            if (range.contains(field.number())) {
              out.add(new Problem(extensions.getLocation(), "Extension range " + range + " includes field \""
                  + field.name() + "\" (" + field.number() + ")."));
            }
          }
          reserved.stream().filter(range::overlaps).findFirst().ifPresent(other -> out.add(new Problem(
              extensions.getLocation(), "Extension range " + range + " overlaps with reserved range " + other + ".")));
        }
      }
      message.getExtendDeclarations().forEach(extend -> extend(source, extend, name, out));
    });
    source.file().element().getExtendDeclarations().forEach(extend -> extend(source, extend, source.packageName(), out));
  }

  private static void extend(Source source, ExtendElement extend, String scope, List<Problem> out) {
    String extendee = source.names().resolve(extend.getName(), scope);
    if (extendee == null) {
      out.add(new Problem(extend.getLocation(), "\"" + extend.getName() + "\" is not defined."));
      return;
    }
    MessageElement target = source.message(extendee);
    if (target == null) {
      out.add(new Problem(extend.getLocation(), "\"" + extendee + "\" is not a message type."));
      return;
    }
    if (source.proto3() && !extendee.startsWith("google.protobuf.")) {
      out.add(new Problem(extend.getLocation(), "Extensions in proto3 are only allowed for defining options."));
    }
    List<NumberRanges.Range> ranges = new ArrayList<>();
    target.getExtensions().forEach(extensions -> ranges.addAll(NumberRanges.of(extensions.getValues())));
    for (FieldElement field : extend.getFields()) {
      if (ranges.stream().noneMatch(range -> range.contains(field.getTag()))) {
        out.add(new Problem(field.getLocation(), "\"" + extendee + "\" does not declare " + field.getTag()
            + " as an extension number."));
      }
      if (field.getLabel() == Field.Label.REQUIRED) {
        out.add(new Problem(field.getLocation(), "The extension " + scopedName(scope, field) + " cannot be required."));
      }
    }
  }

  private static String scopedName(String scope, FieldElement field) {
    return scope.isEmpty() ? field.getName() : scope + "." + field.getName();
  }
}
