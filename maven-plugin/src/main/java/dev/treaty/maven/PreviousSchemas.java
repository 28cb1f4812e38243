package dev.treaty.maven;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Where {@code check-local} finds the earlier versions of a schema, oldest first: a file or folder
 * named for it in {@code previousSchemaPaths}, else a file of the same name in
 * {@code previousDirectory}, else an entry of the same name in the earlier artifact's jar.
 */
final class PreviousSchemas {

  private static final Pattern DIGITS_OR_NOT = Pattern.compile("\\d+|\\D+");

  private final Map<String, File> paths;
  private final File directory;
  private final File artifact;

  PreviousSchemas(Map<String, File> paths, File directory, File artifact) {
    this.paths = paths == null ? Map.of() : paths;
    this.directory = directory;
    this.artifact = artifact;
  }

  /** Earlier versions of the schema {@code name} whose current file is {@code current}; may be empty. */
  List<Previous> of(String name, File current) throws IOException {
    File configured = paths.get(name);
    if (configured != null) {
      return configured.isDirectory() ? folder(configured.toPath()) : List.of(read(configured.toPath()));
    }
    if (directory != null) {
      Path same = directory.toPath().resolve(current.getName());
      if (Files.isRegularFile(same)) {
        return List.of(read(same));
      }
    }
    if (artifact != null) {
      return fromJar(current.getName());
    }
    return List.of();
  }

  /** An earlier version's text and where it came from. */
  record Previous(String origin, String text) {}

  private static List<Previous> folder(Path folder) throws IOException {
    List<Previous> found = new ArrayList<>();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.filter(Files::isRegularFile).sorted(Comparator.comparing(PreviousSchemas::sortKey)).toList()) {
        found.add(read(file));
      }
    }
    return found;
  }

  /** File names compare with their digit runs as numbers, so v10 comes after v9. */
  private static String sortKey(Path file) {
    StringBuilder key = new StringBuilder();
    Matcher matcher = DIGITS_OR_NOT.matcher(file.getFileName().toString());
    while (matcher.find()) {
      String part = matcher.group();
      key.append(Character.isDigit(part.charAt(0)) ? String.format("%020d", new BigInteger(part)) : part);
    }
    return key.toString();
  }

  private static Previous read(Path file) throws IOException {
    return new Previous(file.toString(), Files.readString(file));
  }

  private List<Previous> fromJar(String fileName) throws IOException {
    try (ZipFile jar = new ZipFile(artifact)) {
      ZipEntry entry = jar.stream()
          .filter(e -> !e.isDirectory() && (e.getName().equals(fileName) || e.getName().endsWith("/" + fileName)))
          .min(Comparator.comparing(ZipEntry::getName)).orElse(null);
      if (entry == null) {
        return List.of();
      }
      try (InputStream in = jar.getInputStream(entry)) {
        return List.of(new Previous(artifact.getName() + "!/" + entry.getName(),
            new String(in.readAllBytes(), StandardCharsets.UTF_8)));
      }
    }
  }
}
