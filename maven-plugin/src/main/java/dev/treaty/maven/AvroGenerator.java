package dev.treaty.maven;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.avro.AvroRuntimeException;
import org.apache.avro.Schema;
import org.apache.avro.compiler.specific.SpecificCompiler;
import org.apache.avro.generic.GenericData;
import org.apache.maven.plugin.MojoExecutionException;

/**
 * Turns {@code .avsc} files into {@code SpecificRecord} classes with Avro's own compiler. Files
 * may use types defined in other files; they are parsed in whatever order lets each one find
 * the types it names.
 */
final class AvroGenerator {

  private final GenericData.StringType stringType;

  AvroGenerator(GenericData.StringType stringType) {
    this.stringType = stringType;
  }

  /** Generates the classes of every file into {@code output}; returns how many schemas were compiled. */
  int generate(List<Path> files, File output) throws MojoExecutionException {
    Map<Path, Schema> parsed = parseAll(files);
    for (Map.Entry<Path, Schema> entry : parsed.entrySet()) {
      SpecificCompiler compiler = new SpecificCompiler(entry.getValue());
      compiler.setStringType(stringType);
      compiler.setOutputCharacterEncoding("UTF-8");
      try {
        compiler.compileToDestination(entry.getKey().toFile(), output);
      } catch (IOException | RuntimeException e) {
        throw new MojoExecutionException("Avro cannot generate classes for " + entry.getKey() + ": " + e.getMessage(), e);
      }
    }
    return parsed.size();
  }

  private static Map<Path, Schema> parseAll(List<Path> files) throws MojoExecutionException {
    Map<Path, Schema> parsed = new LinkedHashMap<>();
    Map<String, Schema> known = new LinkedHashMap<>();
    List<Path> pending = new ArrayList<>(files);
    Map<Path, String> lastError = new LinkedHashMap<>();
    boolean progress = true;
    while (!pending.isEmpty() && progress) {
      progress = false;
      for (Path file : List.copyOf(pending)) {
        Schema.Parser parser = new Schema.Parser().addTypes(known.values());
        try {
          parsed.put(file, parser.parse(Files.readString(file)));
          known.putAll(parser.getTypes());
          pending.remove(file);
          progress = true;
        } catch (AvroRuntimeException e) { // SchemaParseException, or AvroTypeException for an undefined name
          lastError.put(file, e.getMessage());
        } catch (IOException e) {
          throw new MojoExecutionException("Cannot read " + file + ": " + e, e);
        }
      }
    }
    if (!pending.isEmpty()) {
      StringBuilder message = new StringBuilder("Avro schemas that do not parse:");
      pending.forEach(file -> message.append(System.lineSeparator()).append("  ").append(file).append(": ")
          .append(lastError.get(file)));
      throw new MojoExecutionException(message.toString());
    }
    return parsed;
  }
}
