package dev.treaty.compatibility.protobuf.internal.validity;

import com.squareup.wire.schema.Location;
import com.squareup.wire.schema.internal.parser.EnumConstantElement;
import com.squareup.wire.schema.internal.parser.ReservedElement;
import java.util.ArrayList;
import java.util.List;

/**
 * Reserved numbers and names are not used by a field or enum value, and a message's reserved
 * ranges do not overlap one another (an enum's may not either). As protoc, a number conflict is
 * reported at the reserved statement and an overlap at the earlier range.
 */
final class ReservedConflicts implements ValidityRule {

  @Override
  public void check(Source source, List<Problem> out) {
    source.eachMessage((message, name) -> {
      List<Located> ranges = ranges(message.getReserveds(), "Reserved", out);
      List<String> names = names(message.getReserveds());
      for (Source.NumberedField field : Source.fieldsOf(message)) {
        ranges.stream().filter(range -> range.range().contains(field.number())).findFirst().ifPresent(range ->
            out.add(new Problem(range.at(), "Field \"" + field.name() + "\" uses reserved number " + field.number() + ".")));
        if (names.contains(field.name())) {
          out.add(new Problem(field.location(), "Field name \"" + field.name() + "\" is reserved."));
        }
      }
    });
    source.eachEnum((type, name) -> {
      List<Located> ranges = ranges(type.getReserveds(), "Reserved", out);
      List<String> names = names(type.getReserveds());
      for (EnumConstantElement value : type.getConstants()) {
        ranges.stream().filter(range -> range.range().contains(value.getTag())).findFirst().ifPresent(range ->
            out.add(new Problem(range.at(), "Enum value \"" + value.getName() + "\" uses reserved number "
                + value.getTag() + ".")));
        if (names.contains(value.getName())) {
          out.add(new Problem(value.getLocation(), "Enum value \"" + value.getName() + "\" is reserved."));
        }
      }
    });
  }

  /** A reserved range and the statement declaring it. */
  record Located(NumberRanges.Range range, Location at) {}

  /** The ranges of the elements, reporting each that overlaps an earlier one. */
  static List<Located> ranges(List<ReservedElement> elements, String what, List<Problem> out) {
    List<Located> all = new ArrayList<>();
    for (ReservedElement element : elements) {
      for (NumberRanges.Range range : NumberRanges.of(element.getValues())) {
        overlapping(range, all, what, out);
        all.add(new Located(range, element.getLocation()));
      }
    }
    return all;
  }

  private static void overlapping(NumberRanges.Range range, List<Located> earlier, String what, List<Problem> out) {
    for (Located other : earlier) {
      if (range.overlaps(other.range())) {
        out.add(new Problem(other.at(), what + " range " + range + " overlaps with already-defined range "
            + other.range() + "."));
        return;
      }
    }
  }

  private static List<String> names(List<ReservedElement> elements) {
    List<String> names = new ArrayList<>();
    elements.forEach(element -> names.addAll(NumberRanges.names(element.getValues())));
    return names;
  }
}
