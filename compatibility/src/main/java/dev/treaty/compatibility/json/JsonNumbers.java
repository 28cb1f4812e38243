package dev.treaty.compatibility.json;

import dev.treaty.compatibility.SchemaPath;
import dev.treaty.compatibility.UnsatisfiableSchemaException;
import dev.treaty.compatibility.internal.SampleDice;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.everit.json.schema.NumberSchema;

/**
 * Numbers for generated JSON samples: integers or decimals within {@code minimum} /
 * {@code maximum} (inclusive or exclusive, in draft 4's and later drafts' spelling) and a multiple
 * of {@code multipleOf}. The first sample takes the lowest value allowed, the second the highest.
 */
final class JsonNumbers {

  /** Where an unbounded side stops. */
  private static final BigDecimal SPAN = BigDecimal.valueOf(1_000_000);

  private JsonNumbers() {}

  static BigDecimal of(NumberSchema schema, SampleDice dice, SchemaPath at) {
    BigDecimal low = bound(schema.getMinimum());
    BigDecimal high = bound(schema.getMaximum());
    boolean lowOpen = schema.isExclusiveMinimum();
    boolean highOpen = schema.isExclusiveMaximum();
    BigDecimal exclusiveLow = bound(schema.getExclusiveMinimumLimit());
    if (exclusiveLow != null && (low == null || exclusiveLow.compareTo(low) >= 0)) {
      low = exclusiveLow;
      lowOpen = true;
    }
    BigDecimal exclusiveHigh = bound(schema.getExclusiveMaximumLimit());
    if (exclusiveHigh != null && (high == null || exclusiveHigh.compareTo(high) <= 0)) {
      high = exclusiveHigh;
      highOpen = true;
    }
    if (low == null) {
      low = (high == null ? BigDecimal.ZERO : high).subtract(SPAN);
    }
    if (high == null) {
      high = low.add(SPAN);
    }
    BigDecimal step = bound(schema.getMultipleOf());
    if (step == null && schema.requiresInteger()) {
      step = BigDecimal.ONE;
    }
    if (step == null) {
      return decimal(low, lowOpen, high, highOpen, dice, at);
    }
    // multiples k * step with low <= k * step <= high (strictly where the bound is exclusive)
    BigDecimal first = low.divide(step, 0, RoundingMode.CEILING);
    if (lowOpen && first.multiply(step).compareTo(low) == 0) {
      first = first.add(BigDecimal.ONE);
    }
    BigDecimal last = high.divide(step, 0, RoundingMode.FLOOR);
    if (highOpen && last.multiply(step).compareTo(high) == 0) {
      last = last.subtract(BigDecimal.ONE);
    }
    if (first.compareTo(last) > 0) {
      throw new UnsatisfiableSchemaException(at, "no " + (schema.requiresInteger() ? "integer" : "multiple of " + step)
          + " lies between " + describe(low, lowOpen) + " and " + describe(high, highOpen));
    }
    long count = last.subtract(first).min(BigDecimal.valueOf(Long.MAX_VALUE / 2)).longValueExact();
    BigDecimal k = first.add(BigDecimal.valueOf(dice.between(0, count)));
    return k.multiply(step).stripTrailingZeros();
  }

  private static BigDecimal decimal(BigDecimal low, boolean lowOpen, BigDecimal high, boolean highOpen,
      SampleDice dice, SchemaPath at) {
    int order = low.compareTo(high);
    if (order > 0 || order == 0 && (lowOpen || highOpen)) {
      throw new UnsatisfiableSchemaException(at, "no number lies between " + describe(low, lowOpen) + " and " + describe(high, highOpen));
    }
    BigDecimal width = high.subtract(low);
    // open bounds are stepped away from by a thousandth of the range
    BigDecimal inset = width.divide(BigDecimal.valueOf(1000), 12, RoundingMode.HALF_UP);
    BigDecimal from = lowOpen ? low.add(inset) : low;
    BigDecimal to = highOpen ? high.subtract(inset) : high;
    double fraction = dice.between(0.0, 1.0);
    return from.add(to.subtract(from).multiply(BigDecimal.valueOf(fraction))).setScale(6, RoundingMode.HALF_UP)
        .max(from).min(to).stripTrailingZeros();
  }

  private static String describe(BigDecimal bound, boolean open) {
    return bound.toPlainString() + (open ? " (exclusive)" : "");
  }

  private static BigDecimal bound(Number number) {
    return number == null ? null : new BigDecimal(number.toString());
  }
}
