package dev.treaty.compatibility.protobuf.internal;

import com.squareup.wire.schema.internal.parser.ProtoFileElement;
import dev.treaty.compatibility.InvalidSchemaException;
import dev.treaty.compatibility.ResolvedReference;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The schema's file and every file it imports, directly or not, parsed. Imports come from the
 * references by import path, else from the well-known {@code google/protobuf/*.proto} files.
 */
record FileSet(ParsedFile main, Map<String, ParsedFile> imported) {

  static FileSet load(String mainPath, String text, List<ResolvedReference> references) {
    Map<String, String> sources = new LinkedHashMap<>();
    references.forEach(reference -> sources.put(reference.name(), reference.text()));
    sources.put(mainPath, text);
    ParsedFile main = ProtoTextParser.parse(mainPath, text);
    Map<String, ParsedFile> imported = new LinkedHashMap<>();
    Deque<String> importing = new ArrayDeque<>();
    importing.push(mainPath);
    for (String path : importsOf(main.element())) {
      visit(path, mainPath, sources, imported, importing);
    }
    return new FileSet(main, imported);
  }

  /** An error at the import statement of {@code path} in the importing file's text. */
  private static InvalidSchemaException atImport(String problem, String importerText, String path) {
    int offset = importerText == null ? -1 : importerText.indexOf("\"" + path + "\"");
    if (offset < 0) {
      return new InvalidSchemaException(problem);
    }
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < offset; i++) {
      if (importerText.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    return new InvalidSchemaException(problem, line, offset - lineStart + 1, null);
  }

  private static void visit(
      String path,
      String importer,
      Map<String, String> sources,
      Map<String, ParsedFile> done,
      Deque<String> importing) {
    if (importing.contains(path)) {
      List<String> chain = new java.util.ArrayList<>(importing);
      java.util.Collections.reverse(chain);
      throw atImport("Cyclic import: " + String.join(" -> ", chain) + " -> " + path, sources.get(importer), path);
    }
    if (done.containsKey(path)) {
      return;
    }
    String text = sources.get(path);
    if (text == null) {
      text = WellKnownFiles.text(path);
    }
    if (text == null) {
      throw atImport(importer + " imports \"" + path + "\", which is neither a reference nor a well-known file",
          sources.get(importer), path);
    }
    ParsedFile file = ProtoTextParser.parse(path, text);
    importing.push(path);
    for (String next : importsOf(file.element())) {
      visit(next, path, sources, done, importing);
    }
    importing.pop();
    done.put(path, file);
  }

  static List<String> importsOf(ProtoFileElement file) {
    return java.util.stream.Stream.of(file.getImports(), file.getPublicImports(), file.getWeakImports())
        .flatMap(List::stream)
        .toList();
  }
}
