package dev.treaty.compatibility.protobuf.internal;

import dev.treaty.compatibility.SchemaPath;
import java.util.List;

/** The matched pairs the walker hands to rules; either side may be {@code null} (added or removed). */
public final class Pairs {

  private Pairs() {}

  /** The schema's file, or an imported file present on both sides; {@code path} is where its pointers start. */
  public record FilePair(ProtoFile writer, ProtoFile reader, SchemaPath path) {}

  /** Messages matched by name. */
  public record MessagePair(MessageType writer, MessageType reader, SchemaPath path) {
    public boolean both() {
      return writer != null && reader != null;
    }

    public MessageType either() {
      return reader != null ? reader : writer;
    }
  }

  /** Fields matched by number within a matched message pair. */
  public record FieldPair(MessagePair message, FieldDef writer, FieldDef reader, SchemaPath path) {
    public boolean both() {
      return writer != null && reader != null;
    }

    public FieldDef either() {
      return reader != null ? reader : writer;
    }

    /** How messages name the field: {@code field `amount` (3) in `Order`}, {@code extension `shop.priority` (100) of `Order`}. */
    public String describe() {
      FieldDef field = either();
      return (field.isExtension() ? "extension `" : "field `") + field.name() + "` (" + field.number() + ") "
          + owner();
    }

    /** {@code in `Order`} for a field, {@code of `Order`} for an extension of it. */
    public String owner() {
      return (either().isExtension() ? "of `" : "in `") + message.either().relativeName() + "`";
    }
  }

  /** Oneofs matched by name within a matched message pair. */
  public record OneofPair(MessagePair message, OneofDef writer, OneofDef reader, SchemaPath path) {}

  /** Enums matched by name. */
  public record EnumPair(EnumType writer, EnumType reader, SchemaPath path) {
    public boolean both() {
      return writer != null && reader != null;
    }

    public EnumType either() {
      return reader != null ? reader : writer;
    }
  }

  /**
   * The constants of one number in a matched enum pair; several names when aliased, none when
   * absent. Like Confluent, which keys constants by number, the last alias names the number.
   */
  public record EnumValuePair(
      EnumPair enumPair, int number, List<EnumValueDef> writer, List<EnumValueDef> reader, SchemaPath path) {
    public String writerName() {
      return writer.isEmpty() ? null : writer.get(writer.size() - 1).name();
    }

    public String readerName() {
      return reader.isEmpty() ? null : reader.get(reader.size() - 1).name();
    }

    public String location() {
      return (reader.isEmpty() ? writer : reader).get(0).location();
    }

    /** {@link #location()} with the schema it is in. */
    public Findings.Located located() {
      return new Findings.Located(location(), reader.isEmpty());
    }
  }

  /** RPCs matched by name within services matched by name. */
  public record RpcPair(ServiceDef service, RpcDef writer, RpcDef reader, SchemaPath path) {
    public boolean both() {
      return writer != null && reader != null;
    }
  }
}
