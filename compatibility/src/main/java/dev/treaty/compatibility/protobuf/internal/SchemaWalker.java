package dev.treaty.compatibility.protobuf.internal;

import dev.treaty.compatibility.Edit;
import dev.treaty.compatibility.Finding;
import dev.treaty.compatibility.SchemaPath;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Pairs the elements of two files (messages and enums by name, nested too; fields and enum values
 * by number; oneofs by name; services and RPCs by name) and hands every pair to every rule.
 *
 * <p>Paths: {@code /package}, {@code /messages/Order.Line} (name relative to the package),
 * {@code /messages/Order/fields/3}, {@code /messages/Order/oneofs/payment},
 * {@code /enums/Order.Status/values/2}, {@code /services/Orders/rpcs/Get}.
 */
public final class SchemaWalker {

  private final RuleSet rules;
  private final Findings out;

  private SchemaWalker(RuleSet rules, Findings out) {
    this.rules = rules;
    this.out = out;
  }

  /**
   * Walks the schema's file; buf's sets also walk every imported file both sides have (well-known
   * files aside), as {@code buf breaking} does for the files of a module, under
   * {@code /imports/<import path>}.
   */
  public static List<Finding> walk(LinkedSchema writer, LinkedSchema reader, RuleSet rules, Edit edit) {
    Findings out = new Findings(writer, reader, edit);
    SchemaWalker walker = new SchemaWalker(rules, out);
    walker.walk(new Pairs.FilePair(writer.file(), reader.file(), SchemaPath.ROOT));
    if (rules.byFullName()) {
      writer.imported().forEach((path, before) -> {
        ProtoFile after = reader.imported().get(path);
        if (after != null && !path.startsWith("google/protobuf/")) {
          walker.walk(new Pairs.FilePair(before, after, SchemaPath.ROOT.child("imports").child(path)));
        }
      });
    }
    return out.all();
  }

  /** Whether two messages differ in a way the rules call breaking; {@code out} supplies look-ups and cycle guard. */
  public static boolean breaks(MessageType writer, MessageType reader, RuleSet rules, Findings out) {
    Findings nested = out.nested();
    ProtoFile before = new ProtoFile(writer.fullName(), "", writer.proto3(), List.of(writer), List.of(), List.of(), writer.location());
    ProtoFile after = new ProtoFile(reader.fullName(), "", reader.proto3(), List.of(reader), List.of(), List.of(), reader.location());
    new SchemaWalker(rules, nested).walk(new Pairs.FilePair(before, after, SchemaPath.ROOT));
    return nested.all().stream().anyMatch(Finding::isBreaking);
  }

  private void walk(Pairs.FilePair file) {
    ProtoFile writer = file.writer();
    ProtoFile reader = file.reader();
    SchemaPath base = file.path();
    rules.rules().forEach(rule -> rule.file(file, out));
    Function<MessageType, String> messageKey = rules.byFullName() ? MessageType::fullName : MessageType::relativeName;
    for (Matched<MessageType> pair : match(messages(writer), messages(reader), messageKey)) {
      SchemaPath path = base.child("messages").child(pair.either().relativeName());
      message(new Pairs.MessagePair(pair.writer(), pair.reader(), path));
    }
    Function<EnumType, String> enumKey = rules.byFullName() ? EnumType::fullName : EnumType::relativeName;
    for (Matched<EnumType> pair : match(writer.allEnums().values(), reader.allEnums().values(), enumKey)) {
      SchemaPath path = base.child("enums").child(pair.either().relativeName());
      enumType(new Pairs.EnumPair(pair.writer(), pair.reader(), path));
    }
    if (rules.byFullName()) {
      extensions(writer, reader, base);
    }
    for (Matched<ServiceDef> pair : match(writer.services(), reader.services(), ServiceDef::name)) {
      if (pair.writer() != null && pair.reader() != null) {
        service(pair.writer(), pair.reader(), base);
      }
    }
  }

  /** Extensions of both sides matched by extendee and number, each compared as a field of its extendee. */
  private void extensions(ProtoFile writer, ProtoFile reader, SchemaPath base) {
    Function<FieldDef, String> key = field -> field.extendee() + "#" + field.number();
    for (Matched<FieldDef> pair : match(writer.extensions(), reader.extensions(), key)) {
      if (pair.writer() == null || pair.reader() == null) {
        continue;
      }
      String extendee = pair.either().extendee();
      MessageType writerExtendee = out.writer().messageType(extendee).orElse(null);
      MessageType readerExtendee = out.reader().messageType(extendee).orElse(null);
      if (writerExtendee == null || readerExtendee == null) {
        continue;
      }
      SchemaPath path = base.child("extensions").child(readerExtendee.relativeName()).index(pair.either().number());
      Pairs.FieldPair fields = new Pairs.FieldPair(
          new Pairs.MessagePair(writerExtendee, readerExtendee, path), pair.writer(), pair.reader(), path);
      rules.rules().forEach(rule -> rule.extension(fields, out));
    }
  }

  private List<MessageType> messages(ProtoFile file) {
    return file.allMessages().values().stream()
        .filter(message -> rules.mapEntries() || !message.mapEntry())
        .filter(message -> rules.groups() || !isGroupMessage(message))
        .toList();
  }

  /** A group's message: nested, but with no message index of its own and no map entry. */
  private static boolean isGroupMessage(MessageType message) {
    return message.siblingIndex() < 0 && !message.mapEntry();
  }

  private void message(Pairs.MessagePair pair) {
    rules.rules().forEach(rule -> rule.message(pair, out));
    if (!pair.both()) {
      return;
    }
    Set<Integer> numbers = new TreeSet<>();
    pair.writer().fields().stream().filter(this::compared).forEach(field -> numbers.add(field.number()));
    pair.reader().fields().stream().filter(this::compared).forEach(field -> numbers.add(field.number()));
    for (int number : numbers) {
      Pairs.FieldPair fields = new Pairs.FieldPair(
          pair, pair.writer().field(number).filter(this::compared).orElse(null),
          pair.reader().field(number).filter(this::compared).orElse(null),
          pair.path().child("fields").index(number));
      rules.rules().forEach(rule -> rule.field(fields, out));
    }
    for (Matched<OneofDef> oneofs : match(pair.writer().oneofs(), pair.reader().oneofs(), OneofDef::name)) {
      SchemaPath path = pair.path().child("oneofs").child(oneofs.either().name());
      Pairs.OneofPair oneof = new Pairs.OneofPair(pair, oneofs.writer(), oneofs.reader(), path);
      rules.rules().forEach(rule -> rule.oneof(oneof, out));
    }
  }

  private boolean compared(FieldDef field) {
    return rules.groups() || !field.group();
  }

  private void enumType(Pairs.EnumPair pair) {
    rules.rules().forEach(rule -> rule.enumType(pair, out));
    if (!pair.both()) {
      return;
    }
    Set<Integer> numbers = new TreeSet<>();
    pair.writer().values().forEach(value -> numbers.add(value.number()));
    pair.reader().values().forEach(value -> numbers.add(value.number()));
    for (int number : numbers) {
      Pairs.EnumValuePair values = new Pairs.EnumValuePair(
          pair, number, valuesOf(pair.writer(), number), valuesOf(pair.reader(), number),
          pair.path().child("values").index(number));
      rules.rules().forEach(rule -> rule.enumValue(values, out));
    }
  }

  private static List<EnumValueDef> valuesOf(EnumType type, int number) {
    return type.values().stream().filter(value -> value.number() == number).toList();
  }

  private void service(ServiceDef writer, ServiceDef reader, SchemaPath base) {
    for (Matched<RpcDef> pair : match(writer.rpcs(), reader.rpcs(), RpcDef::name)) {
      SchemaPath path = base.child("services").child(reader.name()).child("rpcs").child(pair.either().name());
      Pairs.RpcPair rpc = new Pairs.RpcPair(reader, pair.writer(), pair.reader(), path);
      rules.rules().forEach(rule -> rule.rpc(rpc, out));
    }
  }

  /** Two elements with the same key; one side is {@code null} when only the other has it. */
  private record Matched<T>(T writer, T reader) {
    T either() {
      return reader != null ? reader : writer;
    }
  }

  /** Pairs by key: writer order first, then what only the reader has. */
  private static <T> List<Matched<T>> match(Iterable<T> writer, Iterable<T> reader, Function<T, String> key) {
    Map<String, T> byKeyWriter = new LinkedHashMap<>();
    writer.forEach(item -> byKeyWriter.putIfAbsent(key.apply(item), item));
    Map<String, T> byKeyReader = new LinkedHashMap<>();
    reader.forEach(item -> byKeyReader.putIfAbsent(key.apply(item), item));
    Set<String> keys = new LinkedHashSet<>(byKeyWriter.keySet());
    keys.addAll(byKeyReader.keySet());
    List<Matched<T>> pairs = new ArrayList<>();
    keys.forEach(k -> pairs.add(new Matched<>(byKeyWriter.get(k), byKeyReader.get(k))));
    return pairs;
  }
}
