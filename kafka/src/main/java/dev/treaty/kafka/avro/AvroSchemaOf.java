package dev.treaty.kafka.avro;

import dev.treaty.kafka.SerdeException;
import dev.treaty.kafka.SerdeException.Reason;
import java.nio.ByteBuffer;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericContainer;
import org.apache.avro.reflect.ReflectData;

/** The Avro schema of a Java value, as Confluent's Avro serializer derives it. */
final class AvroSchemaOf {

  private static final Map<Class<?>, Schema.Type> PRIMITIVES = Map.of(
      String.class, Schema.Type.STRING,
      Integer.class, Schema.Type.INT,
      Long.class, Schema.Type.LONG,
      Float.class, Schema.Type.FLOAT,
      Double.class, Schema.Type.DOUBLE,
      Boolean.class, Schema.Type.BOOLEAN,
      byte[].class, Schema.Type.BYTES);

  private AvroSchemaOf() {}

  /**
   * @param reflection {@code schema.reflection}: derive any other class's schema with Avro's
   *     {@link ReflectData} (with {@code allowNull}, every field nullable)
   */
  static Schema of(Object value, boolean reflection, boolean allowNull) {
    if (value instanceof GenericContainer container) {
      return container.getSchema();
    }
    Schema.Type primitive = PRIMITIVES.get(value.getClass());
    if (primitive != null) {
      return Schema.create(primitive);
    }
    if (value instanceof ByteBuffer) {
      return Schema.create(Schema.Type.BYTES);
    }
    if (value instanceof CharSequence) {
      return Schema.create(Schema.Type.STRING);
    }
    if (reflection) {
      return (allowNull ? ReflectData.AllowNull.get() : ReflectData.get()).getSchema(value.getClass());
    }
    throw new SerdeException(Reason.UNSUPPORTED, "Cannot serialize a " + value.getClass().getName()
        + " with Avro: give a GenericRecord, a SpecificRecord, a primitive, or set schema.reflection=true");
  }
}
