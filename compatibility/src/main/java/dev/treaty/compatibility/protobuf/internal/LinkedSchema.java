package dev.treaty.compatibility.protobuf.internal;

import com.squareup.wire.schema.internal.parser.ProtoFileElement;
import dev.treaty.compatibility.ResolvedReference;
import dev.treaty.compatibility.protobuf.internal.validity.ProtoValidity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A schema file linked against its imports: the Wire parse trees of all files, and the resolved
 * model of each.
 */
public record LinkedSchema(
    ProtoFileElement element, ProtoFile file, Map<String, ProtoFileElement> importedElements, Map<String, ProtoFile> imported) {

  /** Parses, links and validates {@code text}, known as {@code path}; imports come from {@code references}. */
  public static LinkedSchema link(String path, String text, List<ResolvedReference> references) {
    return link(path, text, references, true);
  }

  /** As {@link #link(String, String, List)}; without {@code validate}, protoc's post-parse checks are skipped. */
  public static LinkedSchema link(String path, String text, List<ResolvedReference> references, boolean validate) {
    FileSet files = FileSet.load(path, text, references);
    List<ProtoFileElement> all = new ArrayList<>();
    files.imported().values().forEach(file -> all.add(file.element()));
    all.add(files.main().element());
    TypeNames names = new TypeNames(all);
    Map<String, ProtoFile> imported = new LinkedHashMap<>();
    Map<String, ProtoFileElement> importedElements = new LinkedHashMap<>();
    files.imported().forEach((name, file) -> {
      imported.put(name, ModelBuilder.build(file, names));
      importedElements.put(name, file.element());
    });
    ProtoFile main = ModelBuilder.build(files.main(), names);
    if (validate) {
      ProtoValidity.check(files.main(), List.copyOf(importedElements.values()), names);
    }
    return new LinkedSchema(files.main().element(), main, importedElements, imported);
  }

  /**
   * The file whose messages message indexes count: this one, or, when it declares no message and
   * only re-exports others with {@code import public}, the first re-exported file that declares
   * some (followed through further public imports), as newer Confluent serializers do.
   */
  public ProtoFile indexedFile() {
    ProtoFile current = file;
    ProtoFileElement currentElement = element;
    java.util.Set<String> seen = new java.util.HashSet<>();
    while (current.messages().isEmpty()) {
      String next = currentElement.getPublicImports().stream()
          .filter(path -> imported.containsKey(path) && seen.add(path)).findFirst().orElse(null);
      if (next == null) {
        return file;
      }
      current = imported.get(next);
      currentElement = importedElements.get(next);
    }
    return current;
  }

  /** An enum declared in this file or any import. */
  public Optional<EnumType> enumType(String fullName) {
    EnumType local = file.allEnums().get(fullName);
    if (local != null) {
      return Optional.of(local);
    }
    return imported.values().stream()
        .map(other -> other.allEnums().get(fullName))
        .filter(java.util.Objects::nonNull)
        .findFirst();
  }

  /** A message declared in this file or any import. */
  public Optional<MessageType> messageType(String fullName) {
    MessageType local = file.allMessages().get(fullName);
    if (local != null) {
      return Optional.of(local);
    }
    return imported.values().stream()
        .map(other -> other.allMessages().get(fullName))
        .filter(java.util.Objects::nonNull)
        .findFirst();
  }
}
