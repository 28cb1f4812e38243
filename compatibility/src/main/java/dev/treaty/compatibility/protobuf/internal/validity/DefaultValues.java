package dev.treaty.compatibility.protobuf.internal.validity;

import com.squareup.wire.schema.Field;
import com.squareup.wire.schema.internal.parser.FieldElement;
import dev.treaty.compatibility.protobuf.internal.Features;
import dev.treaty.compatibility.protobuf.internal.TypeNames;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Explicit defaults exist only for singular scalar and enum fields with presence (proto2, or
 * editions' explicit presence), and the value must be of the field's type and in its range.
 */
final class DefaultValues implements ValidityRule {

  private static final Map<String, BigInteger[]> INTEGER_RANGES = Map.of(
      "int32", range(BigInteger.ONE.shiftLeft(31).negate(), BigInteger.ONE.shiftLeft(31).subtract(BigInteger.ONE)),
      "sint32", range(BigInteger.ONE.shiftLeft(31).negate(), BigInteger.ONE.shiftLeft(31).subtract(BigInteger.ONE)),
      "sfixed32", range(BigInteger.ONE.shiftLeft(31).negate(), BigInteger.ONE.shiftLeft(31).subtract(BigInteger.ONE)),
      "int64", range(BigInteger.ONE.shiftLeft(63).negate(), BigInteger.ONE.shiftLeft(63).subtract(BigInteger.ONE)),
      "sint64", range(BigInteger.ONE.shiftLeft(63).negate(), BigInteger.ONE.shiftLeft(63).subtract(BigInteger.ONE)),
      "sfixed64", range(BigInteger.ONE.shiftLeft(63).negate(), BigInteger.ONE.shiftLeft(63).subtract(BigInteger.ONE)),
      "uint32", range(BigInteger.ZERO, BigInteger.ONE.shiftLeft(32).subtract(BigInteger.ONE)),
      "fixed32", range(BigInteger.ZERO, BigInteger.ONE.shiftLeft(32).subtract(BigInteger.ONE)),
      "uint64", range(BigInteger.ZERO, BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE)),
      "fixed64", range(BigInteger.ZERO, BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE)));

  private static final Pattern FLOAT = Pattern.compile("-?(inf|nan|(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?[fF]?|0[xX][0-9a-fA-F]+)");

  @Override
  public void check(Source source, List<Problem> out) {
    source.eachMessage((message, name) -> {
      for (Source.NumberedField field : Source.fieldsOf(message)) {
        if (field.element() != null && field.element().getDefaultValue() != null) {
          String problem = problem(source, field.element(), name);
          if (problem != null) {
            out.add(new Problem(field.location(), problem));
          }
        }
      }
    });
  }

  private static String problem(Source source, FieldElement field, String scope) {
    if (source.proto3()) {
      return "Explicit default values are not allowed in proto3.";
    }
    if (field.getLabel() == Field.Label.REPEATED) {
      return "Repeated fields can't have default values.";
    }
    if (source.editions() && "IMPLICIT".equals(
        Features.value("field_presence", field.getOptions(), source.file().element().getOptions()))) {
      return "Implicit presence fields can't specify defaults.";
    }
    DefaultLiteral literal = DefaultLiteral.at(source.file().text(), field.getLocation(), field.getDefaultValue());
    String type = field.getType();
    if (type.startsWith("map<")) {
      return "Map fields can't have default values.";
    }
    if (INTEGER_RANGES.containsKey(type)) {
      return integer(type, literal);
    }
    if (type.equals("float") || type.equals("double")) {
      return !literal.quoted() && FLOAT.matcher(literal.text().toLowerCase(java.util.Locale.ROOT)).matches()
          ? null : "Expected number for field default value.";
    }
    if (type.equals("bool")) {
      return !literal.quoted() && (literal.text().equals("true") || literal.text().equals("false"))
          ? null : "Expected \"true\" or \"false\" for field default value.";
    }
    if (type.equals("string") || type.equals("bytes")) {
      return literal.quoted() ? null : "Expected string for field default value.";
    }
    String resolved = source.names().resolve(type, scope);
    TypeNames.Declared declared = resolved == null ? null : source.names().get(resolved);
    if (declared == null || !declared.isEnum()) {
      return "Messages can't have default values.";
    }
    if (literal.quoted() || !literal.text().matches("[A-Za-z_][A-Za-z0-9_]*")) {
      return "Default value for an enum field must be an identifier.";
    }
    return enumHasValue(source, resolved, literal.text()) ? null
        : "Enum type \"" + resolved + "\" has no value named \"" + literal.text() + "\".";
  }

  private static String integer(String type, DefaultLiteral literal) {
    if (literal.quoted()) {
      return "Expected integer for field default value.";
    }
    BigInteger value;
    try {
      value = parseInteger(literal.text());
    } catch (NumberFormatException e) {
      return "Expected integer for field default value.";
    }
    BigInteger[] range = INTEGER_RANGES.get(type);
    if (value.signum() < 0 && range[0].signum() == 0) {
      return "Unsigned field can't have negative default value.";
    }
    return value.compareTo(range[0]) < 0 || value.compareTo(range[1]) > 0 ? "Integer out of range." : null;
  }

  /** Decimal, {@code 0x} hexadecimal or leading-zero octal, with an optional minus, as protoc reads them. */
  static BigInteger parseInteger(String text) {
    boolean negative = text.startsWith("-");
    String digits = negative ? text.substring(1) : text;
    BigInteger magnitude;
    if (digits.startsWith("0x") || digits.startsWith("0X")) {
      magnitude = new BigInteger(digits.substring(2), 16);
    } else if (digits.length() > 1 && digits.startsWith("0")) {
      magnitude = new BigInteger(digits.substring(1), 8);
    } else {
      magnitude = new BigInteger(digits);
    }
    return negative ? magnitude.negate() : magnitude;
  }

  private static boolean enumHasValue(Source source, String enumName, String value) {
    boolean[] found = {false};
    source.eachEnum((type, name) -> {
      if (name.equals(enumName)) {
        found[0] = type.getConstants().stream().anyMatch(constant -> constant.getName().equals(value));
      }
    });
    // An enum of an imported file is not walked here; protoc's check of it is left to that file's own types.
    return found[0] || !declaredHere(source, enumName);
  }

  private static boolean declaredHere(Source source, String enumName) {
    boolean[] here = {false};
    source.eachEnum((type, name) -> here[0] |= name.equals(enumName));
    return here[0];
  }

  private static BigInteger[] range(BigInteger min, BigInteger max) {
    return new BigInteger[] {min, max};
  }
}
