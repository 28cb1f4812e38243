package dev.treaty.compatibility.avro;

import dev.treaty.compatibility.SchemaPath;
import dev.treaty.compatibility.UnsatisfiableSchemaException;
import dev.treaty.compatibility.internal.SampleDice;
import dev.treaty.compatibility.internal.SampleText;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.avro.LogicalType;
import org.apache.avro.LogicalTypes;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.io.Encoder;
import org.apache.avro.io.EncoderFactory;

/**
 * Builds Avro datums by walking the schema and writes them with Avro's own {@code JsonEncoder}, so
 * a sample is exactly what Avro's JSON encoding of that datum is. Recursive records end through a
 * null or non-recursive union branch or an empty array or map once nested {@link
 * SampleDice#RECURSION_LIMIT} deep.
 */
final class AvroSamples {

  private final SampleDice dice;
  private final Map<String, Integer> open = new HashMap<>();
  private final Endings endings = new Endings();

  private AvroSamples(SampleDice dice) {
    this.dice = dice;
  }

  static String sample(Schema schema, SampleDice dice) {
    if (!new Endings().ends(schema)) {
      throw new UnsatisfiableSchemaException(SchemaPath.ROOT,
          "it contains itself through fields that are never null, an array or a map, so every value would be infinite");
    }
    Object datum = new AvroSamples(dice).value(schema);
    return write(schema, datum);
  }

  private Object value(Schema schema) {
    LogicalType logical = schema.getLogicalType();
    return switch (schema.getType()) {
      case NULL -> null;
      case BOOLEAN -> dice.smallest() ? false : dice.fullest() || dice.nextBoolean();
      case INT -> intValue(logical);
      case LONG -> longValue(logical);
      case FLOAT -> (float) dice.between(-1e6, 1e6);
      case DOUBLE -> dice.between(-1e9, 1e9);
      case STRING -> logical instanceof LogicalTypes.Uuid ? SampleText.uuid(dice).toString() : SampleText.of(dice, 0, -1);
      case BYTES -> logical instanceof LogicalTypes.Decimal decimal ? decimal(decimal, -1) : ByteBuffer.wrap(bytes(dice.size(0, 16)));
      case FIXED -> new GenericData.Fixed(schema, fixed(schema, logical));
      case ENUM -> new GenericData.EnumSymbol(schema, schema.getEnumSymbols().get(dice.alternative(schema.getEnumSymbols().size())));
      case ARRAY -> array(schema);
      case MAP -> map(schema);
      case RECORD -> record(schema);
      case UNION -> value(branch(schema));
    };
  }

  private int intValue(LogicalType logical) {
    if (logical instanceof LogicalTypes.Date) {
      return (int) (SampleText.instant(dice).getEpochSecond() / 86_400);
    }
    if (logical instanceof LogicalTypes.TimeMillis) {
      return (int) dice.between(0, 86_399_999L);
    }
    return (int) dice.between(Integer.MIN_VALUE, Integer.MAX_VALUE);
  }

  private long longValue(LogicalType logical) {
    long millis = SampleText.instant(dice).toEpochMilli();
    if (logical instanceof LogicalTypes.TimestampMillis || logical instanceof LogicalTypes.LocalTimestampMillis) {
      return millis;
    }
    if (logical instanceof LogicalTypes.TimestampMicros || logical instanceof LogicalTypes.LocalTimestampMicros) {
      return millis * 1_000 + dice.nextInt(1_000);
    }
    if (logical instanceof LogicalTypes.TimestampNanos || logical instanceof LogicalTypes.LocalTimestampNanos) {
      return millis * 1_000_000 + dice.nextInt(1_000_000);
    }
    if (logical instanceof LogicalTypes.TimeMicros) {
      return dice.between(0, 86_399_999_999L);
    }
    return dice.between(Long.MIN_VALUE, Long.MAX_VALUE);
  }

  /** A decimal with the schema's scale and at most its precision (and, for fixed, its size) in digits. */
  private ByteBuffer decimal(LogicalTypes.Decimal decimal, int fixedSize) {
    int digits = decimal.getPrecision();
    if (fixedSize > 0) {
      digits = Math.min(digits, (int) Math.floor((8 * fixedSize - 1) * Math.log10(2)));
    }
    BigInteger largest = BigInteger.TEN.pow(Math.max(digits, 1)).subtract(BigInteger.ONE);
    BigInteger unscaled = dice.smallest() ? largest.negate() : dice.fullest() ? largest
        : BigInteger.valueOf(dice.between(-999_999L, 999_999L)).mod(largest.add(BigInteger.ONE));
    byte[] bytes = new BigDecimal(unscaled, decimal.getScale()).unscaledValue().toByteArray();
    if (fixedSize <= 0) {
      return ByteBuffer.wrap(bytes);
    }
    byte[] padded = new byte[fixedSize];
    byte fill = (byte) (bytes[0] < 0 ? 0xFF : 0x00);
    java.util.Arrays.fill(padded, 0, fixedSize - bytes.length, fill);
    System.arraycopy(bytes, 0, padded, fixedSize - bytes.length, bytes.length);
    return ByteBuffer.wrap(padded);
  }

  private byte[] fixed(Schema schema, LogicalType logical) {
    if (logical instanceof LogicalTypes.Decimal decimal) {
      return decimal(decimal, schema.getFixedSize()).array();
    }
    if ("duration".equals(schema.getProp("logicalType")) && schema.getFixedSize() == 12) {
      ByteBuffer duration = ByteBuffer.allocate(12).order(java.nio.ByteOrder.LITTLE_ENDIAN);
      duration.putInt(dice.nextInt(24)).putInt(dice.nextInt(31)).putInt(dice.nextInt(86_400_000));
      return duration.array();
    }
    return bytes(schema.getFixedSize());
  }

  private byte[] bytes(int size) {
    byte[] bytes = new byte[size];
    for (int i = 0; i < size; i++) {
      bytes[i] = (byte) dice.nextInt(256);
    }
    return bytes;
  }

  private List<Object> array(Schema schema) {
    int size = closing(schema.getElementType()) ? 0 : dice.size(0, -1);
    List<Object> items = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      items.add(value(schema.getElementType()));
    }
    return items;
  }

  private Map<String, Object> map(Schema schema) {
    int size = closing(schema.getValueType()) ? 0 : dice.size(0, -1);
    Map<String, Object> entries = new LinkedHashMap<>();
    for (int i = 0; i < size; i++) {
      entries.put(SampleText.of(dice, 1, 12) + " " + i, value(schema.getValueType()));
    }
    return entries;
  }

  private GenericData.Record record(Schema schema) {
    open.merge(schema.getFullName(), 1, Integer::sum);
    GenericData.Record record = new GenericData.Record(schema);
    for (Schema.Field field : schema.getFields()) {
      record.put(field.pos(), value(field.schema()));
    }
    open.merge(schema.getFullName(), -1, Integer::sum);
    return record;
  }

  /** The sample's branch, or once recursion is deep, the first branch that ends it (null first). */
  private Schema branch(Schema union) {
    List<Schema> branches = union.getTypes();
    Schema chosen = branches.get(dice.alternative(branches.size()));
    if (!closing(chosen) && endings.ends(chosen)) {
      return chosen;
    }
    return branches.stream().filter(b -> b.getType() == Schema.Type.NULL).findFirst()
        .orElseGet(() -> branches.stream().filter(b -> !closing(b) && endings.ends(b)).findFirst()
            .orElseThrow(() -> new UnsatisfiableSchemaException(SchemaPath.ROOT,
                "no branch of " + TypeNames.of(union) + " ends the recursion")));
  }

  /** Whether a value of this type would open a record already nested as deep as allowed. */
  private boolean closing(Schema schema) {
    return switch (schema.getType()) {
      case RECORD -> open.getOrDefault(schema.getFullName(), 0) >= SampleDice.RECURSION_LIMIT || refersToOpen(schema, new java.util.HashSet<>());
      case UNION -> schema.getTypes().stream().allMatch(this::closing);
      case ARRAY, MAP -> false;
      default -> false;
    };
  }

  /** A record that needs (without a way out) a record that is already too deep. */
  private boolean refersToOpen(Schema record, java.util.Set<String> seen) {
    if (!seen.add(record.getFullName())) {
      return false;
    }
    for (Schema.Field field : record.getFields()) {
      Schema type = field.schema();
      if (type.getType() == Schema.Type.RECORD
          && (open.getOrDefault(type.getFullName(), 0) >= SampleDice.RECURSION_LIMIT || refersToOpen(type, seen))) {
        return true;
      }
    }
    return false;
  }

  private static String write(Schema schema, Object datum) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      Encoder encoder = EncoderFactory.get().jsonEncoder(schema, out);
      new GenericDatumWriter<>(schema, GenericData.get()).write(datum, encoder);
      encoder.flush();
      return out.toString(StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Which types have a finite value: not a record that needs itself through every path. A record
   * being visited counts as infinite, so only answers found with nothing open are remembered when
   * negative.
   */
  private static final class Endings {
    private final Map<String, Boolean> known = new HashMap<>();
    private final java.util.Set<String> visiting = new java.util.HashSet<>();

    boolean ends(Schema schema) {
      return switch (schema.getType()) {
        case RECORD -> record(schema);
        case UNION -> schema.getTypes().stream().anyMatch(this::ends);
        default -> true;
      };
    }

    private boolean record(Schema schema) {
      Boolean cached = known.get(schema.getFullName());
      if (cached != null) {
        return cached;
      }
      if (!visiting.add(schema.getFullName())) {
        return false;
      }
      boolean ends = schema.getFields().stream().allMatch(field -> ends(field.schema()));
      visiting.remove(schema.getFullName());
      if (ends || visiting.isEmpty()) {
        known.put(schema.getFullName(), ends);
      }
      return ends;
    }
  }
}
