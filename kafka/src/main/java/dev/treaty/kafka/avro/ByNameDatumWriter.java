package dev.treaty.kafka.avro;

import java.io.IOException;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.Encoder;

/**
 * Writes records with a schema other than their own (the subject's latest version, or a fixed
 * id): fields are taken by name, and a field the record lacks gets the writer schema's default.
 * Avro's own writer takes fields by position, which would put values in the wrong fields.
 */
final class ByNameDatumWriter extends GenericDatumWriter<Object> {

  ByNameDatumWriter(Schema writer) {
    super(writer);
  }

  @Override
  protected void writeField(Object datum, Schema.Field field, Encoder out, Object state) throws IOException {
    GenericRecord record = (GenericRecord) datum;
    Schema.Field own = record.getSchema().getField(field.name());
    Object value = own != null ? record.get(own.pos()) : getData().getDefaultValue(field);
    write(field.schema(), value, out);
  }
}
