package dev.treaty.compatibility.protobuf;

import com.squareup.wire.schema.internal.parser.FieldElement;
import com.squareup.wire.schema.internal.parser.MessageElement;
import com.squareup.wire.schema.internal.parser.OneOfElement;
import com.squareup.wire.schema.internal.parser.OptionElement;
import com.squareup.wire.schema.internal.parser.OptionElement.OptionPrimitive;
import com.squareup.wire.schema.internal.parser.ProtoFileElement;
import com.squareup.wire.schema.internal.parser.TypeElement;
import dev.treaty.compatibility.protobuf.internal.ParsedFile;
import dev.treaty.compatibility.protobuf.internal.ProtoTextParser;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Confluent's schema tags on a .proto file, kept where Confluent keeps them: the {@code tags} of
 * the {@code confluent.Meta} option from {@code confluent/meta.proto}, {@code (confluent.message_meta)}
 * on a message and {@code (confluent.field_meta)} on a field. A message is named by its full name
 * ({@code acme.Order.Line}), a field by its message's full name and its own ({@code acme.Order.ssn}).
 * Tags are read in any of protobuf's option forms ({@code (confluent.field_meta).tags = "PII"},
 * {@code (confluent.field_meta) = { tags: ["PII"] }}); an edited file is printed the way its
 * {@link ProtobufSchema#canonical() canonical} text is, importing {@code confluent/meta.proto} when
 * it gains tags, so protoc and buf still accept it.
 */
public final class ProtobufTags {

  static final String META_IMPORT = "confluent/meta.proto";
  private static final String MESSAGE_META = "confluent.message_meta";
  private static final String FIELD_META = "confluent.field_meta";

  /** A message ({@code isField} false) or a field, by Confluent's path. */
  public record Element(String path, boolean isField) {}

  private ProtobufTags() {}

  /**
   * Every tagged message and field of a .proto text (or base64 descriptor), with its tags.
   *
   * @throws dev.treaty.compatibility.InvalidSchemaException when the text does not parse
   */
  public static Map<Element, Set<String>> inline(String text) {
    Map<Element, Set<String>> tagged = new LinkedHashMap<>();
    ProtoFileElement file = parse(text).element();
    for (TypeElement type : file.getTypes()) {
      collect(type, prefix(file.getPackageName()), tagged);
    }
    return tagged;
  }

  /**
   * The .proto text with the tags added, then removed; an element left with no tags loses them
   * from its option (and the option, when tags were all it held).
   *
   * @param strict whether an element the file lacks is an error (a request's) or skipped (tags
   *     carried over from an older version)
   * @throws IllegalArgumentException naming an element the file lacks, when strict
   * @throws dev.treaty.compatibility.InvalidSchemaException when the text does not parse
   */
  public static String apply(String text, Map<Element, Set<String>> add, Map<Element, Set<String>> remove, boolean strict) {
    ParsedFile parsed = parse(text);
    ProtoFileElement file = parsed.element();
    Edit edit = new Edit(add, remove);
    List<TypeElement> types = new ArrayList<>();
    for (TypeElement type : file.getTypes()) {
      types.add(edit.type(type, prefix(file.getPackageName())));
    }
    if (strict) {
      for (Element element : edit.touched()) {
        if (!edit.found.contains(element)) {
          throw new IllegalArgumentException("Invalid schema tag path " + element.path() + ": no such "
              + (element.isField() ? "field" : "message") + " in the schema");
        }
      }
    }
    List<String> imports = new ArrayList<>(file.getImports());
    if (edit.wroteTags && !imports.contains(META_IMPORT) && !file.getPublicImports().contains(META_IMPORT)) {
      imports.add(META_IMPORT);
    }
    ProtoFileElement edited = file.copy(file.getLocation(), file.getPackageName(), file.getSyntax(), imports,
        file.getPublicImports(), file.getWeakImports(), types, file.getServices(), file.getExtendDeclarations(),
        file.getOptions());
    return ProtobufSchema.editionRestored(ProtobufSchema.withoutWireHeader(edited.toSchema()), parsed.edition());
  }

  /**
   * The full names of the messages a .proto text defines, nested ones included: the paths that
   * name a message ({@code sr_record}) rather than a field.
   *
   * @throws dev.treaty.compatibility.InvalidSchemaException when the text does not parse
   */
  public static Set<String> messages(String text) {
    Set<String> names = new LinkedHashSet<>();
    ProtoFileElement file = parse(text).element();
    file.getTypes().forEach(type -> messages(type, prefix(file.getPackageName()), names));
    return names;
  }

  private static void messages(TypeElement type, String prefix, Set<String> names) {
    if (type instanceof MessageElement message) {
      names.add(prefix + message.getName());
      message.getNestedTypes().forEach(nested -> messages(nested, prefix + message.getName() + ".", names));
    }
  }

  private static ParsedFile parse(String text) {
    String source = ProtobufDescriptors.isBase64Descriptor(text) ? ProtobufDescriptors.toProtoText(text) : text;
    return ProtoTextParser.parse(ProtobufSchema.FILE_NAME, source);
  }

  private static String prefix(String packageName) {
    return packageName == null || packageName.isEmpty() ? "" : packageName + ".";
  }

  private static void collect(TypeElement type, String prefix, Map<Element, Set<String>> tagged) {
    if (!(type instanceof MessageElement message)) {
      return;
    }
    String name = prefix + message.getName();
    put(tagged, new Element(name, false), MetaTags.of(message.getOptions(), MESSAGE_META));
    for (FieldElement field : fieldsOf(message)) {
      put(tagged, new Element(name + "." + field.getName(), true), MetaTags.of(field.getOptions(), FIELD_META));
    }
    message.getNestedTypes().forEach(nested -> collect(nested, name + ".", tagged));
  }

  private static void put(Map<Element, Set<String>> tagged, Element element, Set<String> tags) {
    if (!tags.isEmpty()) {
      tagged.put(element, tags);
    }
  }

  private static List<FieldElement> fieldsOf(MessageElement message) {
    List<FieldElement> fields = new ArrayList<>(message.getFields());
    message.getOneOfs().forEach(oneOf -> fields.addAll(oneOf.getFields()));
    return fields;
  }

  /** One pass over the file's messages, rewriting the options of the elements a request names. */
  private static final class Edit {
    private final Map<Element, Set<String>> add;
    private final Map<Element, Set<String>> remove;
    private final Set<Element> found = new LinkedHashSet<>();
    private boolean wroteTags;

    Edit(Map<Element, Set<String>> add, Map<Element, Set<String>> remove) {
      this.add = add;
      this.remove = remove;
    }

    Set<Element> touched() {
      Set<Element> touched = new LinkedHashSet<>(add.keySet());
      touched.addAll(remove.keySet());
      return touched;
    }

    TypeElement type(TypeElement type, String prefix) {
      if (!(type instanceof MessageElement message)) {
        return type;
      }
      String name = prefix + message.getName();
      List<TypeElement> nested = new ArrayList<>();
      message.getNestedTypes().forEach(inner -> nested.add(type(inner, name + ".")));
      List<FieldElement> fields = new ArrayList<>();
      message.getFields().forEach(field -> fields.add(field(field, name)));
      List<OneOfElement> oneOfs = new ArrayList<>();
      for (OneOfElement oneOf : message.getOneOfs()) {
        List<FieldElement> members = new ArrayList<>();
        oneOf.getFields().forEach(field -> members.add(field(field, name)));
        oneOfs.add(oneOf.copy(oneOf.getName(), oneOf.getDocumentation(), members, oneOf.getGroups(),
            oneOf.getOptions(), oneOf.getLocation()));
      }
      List<OptionElement> options = options(new Element(name, false), message.getOptions(), MESSAGE_META);
      return message.copy(message.getLocation(), message.getName(), message.getDocumentation(), nested, options,
          message.getReserveds(), fields, oneOfs, message.getExtensions(), message.getGroups(),
          message.getExtendDeclarations());
    }

    private FieldElement field(FieldElement field, String message) {
      List<OptionElement> options = options(new Element(message + "." + field.getName(), true), field.getOptions(), FIELD_META);
      return field.copy(field.getLocation(), field.getLabel(), field.getType(), field.getName(), field.getDefaultValue(),
          field.getJsonName(), field.getTag(), field.getDocumentation(), options);
    }

    private List<OptionElement> options(Element element, List<OptionElement> options, String meta) {
      if (!add.containsKey(element) && !remove.containsKey(element)) {
        return options;
      }
      found.add(element);
      Set<String> tags = MetaTags.of(options, meta);
      tags.addAll(add.getOrDefault(element, Set.of()));
      tags.removeAll(remove.getOrDefault(element, Set.of()));
      wroteTags |= !tags.isEmpty();
      return MetaTags.with(options, meta, tags);
    }
  }

  /** The tags inside one {@code confluent.Meta} option, in its option forms. */
  private static final class MetaTags {

    private MetaTags() {}

    static Set<String> of(List<OptionElement> options, String meta) {
      Set<String> tags = new LinkedHashSet<>();
      for (OptionElement option : options) {
        if (!option.getName().equals(meta)) {
          continue;
        }
        if (option.getKind() == OptionElement.Kind.OPTION && option.getValue() instanceof OptionElement inner
            && inner.getName().equals("tags")) {
          addValues(inner.getValue(), tags);
        } else if (option.getKind() == OptionElement.Kind.MAP && option.getValue() instanceof Map<?, ?> map) {
          addValues(map.get("tags"), tags);
        }
      }
      return tags;
    }

    /**
     * The options with the meta option's tags replaced: written into its aggregate form when it
     * has one, as one {@code .tags} line each beside other {@code .doc} style lines, else as a
     * new {@code (meta) = { tags: [...] }}. Its other fields stay as they were.
     */
    static List<OptionElement> with(List<OptionElement> options, String meta, Set<String> tags) {
      List<OptionElement> kept = new ArrayList<>();
      boolean aggregate = false;
      boolean subpaths = false;
      for (OptionElement option : options) {
        if (!option.getName().equals(meta)) {
          kept.add(option);
        } else if (option.getKind() == OptionElement.Kind.MAP && option.getValue() instanceof Map<?, ?> map) {
          Map<Object, Object> rest = new LinkedHashMap<>(map);
          rest.remove("tags");
          if (!aggregate && !tags.isEmpty()) {
            rest.put("tags", primitives(tags));
            aggregate = true;
          }
          if (!rest.isEmpty()) {
            kept.add(new OptionElement(meta, OptionElement.Kind.MAP, rest, true));
          }
        } else if (!(option.getValue() instanceof OptionElement inner && inner.getName().equals("tags"))) {
          kept.add(option);
          subpaths = true;
        }
      }
      if (aggregate || tags.isEmpty()) {
        return kept;
      }
      if (subpaths) {
        for (String tag : tags) {
          kept.add(new OptionElement(meta, OptionElement.Kind.OPTION,
              new OptionElement("tags", OptionElement.Kind.STRING, tag, false), true));
        }
        return kept;
      }
      kept.add(new OptionElement(meta, OptionElement.Kind.MAP, Map.of("tags", primitives(tags)), true));
      return kept;
    }

    private static List<OptionPrimitive> primitives(Set<String> tags) {
      return tags.stream().map(tag -> new OptionPrimitive(OptionElement.Kind.STRING, tag)).toList();
    }

    private static void addValues(Object value, Set<String> tags) {
      if (value instanceof List<?> list) {
        list.forEach(item -> addValues(item, tags));
      } else if (value instanceof OptionPrimitive primitive) {
        tags.add(String.valueOf(primitive.getValue()));
      } else if (value != null) {
        tags.add(String.valueOf(value));
      }
    }
  }
}
