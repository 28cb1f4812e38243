package dev.treaty.compatibility.protobuf.internal.validity;

import com.squareup.wire.schema.Location;
import com.squareup.wire.schema.internal.parser.ExtendElement;
import com.squareup.wire.schema.internal.parser.FieldElement;
import java.util.List;

/** Field numbers run from 1 to 536870911, and 19000 to 19999 belong to the protobuf implementation. */
final class FieldNumberRange implements ValidityRule {

  static final int MAX = 536_870_911;
  static final int FIRST_RESERVED = 19_000;
  static final int LAST_RESERVED = 19_999;

  @Override
  public void check(Source source, List<Problem> out) {
    source.eachMessage((message, name) -> {
      Source.fieldsOf(message).forEach(field -> check(field.number(), field.location(), out));
      message.getReserveds().forEach(reserved -> NumberRanges.of(reserved.getValues()).forEach(range -> {
        if (inImplementationRange(range.start()) || inImplementationRange(range.end())) {
          out.add(new Problem(reserved.getLocation(), "Reserved range " + range + " starts or ends inside "
              + FIRST_RESERVED + " to " + LAST_RESERVED + ", the numbers the protocol buffer implementation keeps;"
              + " buf refuses such a bound (reserve around it, or a range that spans it)."));
        }
      }));
      message.getExtendDeclarations().forEach(extend -> checkExtend(extend, out));
    });
    source.file().element().getExtendDeclarations().forEach(extend -> checkExtend(extend, out));
  }

  private static void checkExtend(ExtendElement extend, List<Problem> out) {
    for (FieldElement field : extend.getFields()) {
      check(field.getTag(), field.getLocation(), out);
    }
  }

  private static boolean inImplementationRange(int number) {
    return number >= FIRST_RESERVED && number <= LAST_RESERVED;
  }

  static void check(int number, Location at, List<Problem> out) {
    if (number <= 0) {
      out.add(new Problem(at, "Field numbers must be positive integers."));
    } else if (number > MAX) {
      out.add(new Problem(at, "Field numbers cannot be greater than " + MAX + "."));
    } else if (number >= FIRST_RESERVED && number <= LAST_RESERVED) {
      out.add(new Problem(at, "Field numbers " + FIRST_RESERVED + " through " + LAST_RESERVED
          + " are reserved for the protocol buffer library implementation."));
    }
  }
}
