package dev.treaty.maven;

import com.sun.codemodel.JCodeModel;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.maven.plugin.MojoExecutionException;
import org.jsonschema2pojo.DefaultGenerationConfig;
import org.jsonschema2pojo.GenerationConfig;
import org.jsonschema2pojo.Jackson2Annotator;
import org.jsonschema2pojo.SchemaGenerator;
import org.jsonschema2pojo.SchemaMapper;
import org.jsonschema2pojo.SchemaStore;
import org.jsonschema2pojo.rules.RuleFactory;

/**
 * Turns JSON Schema files into plain Java classes with Jackson annotations, using jsonschema2pojo.
 * The top class of each file is named after the file ({@code order-placed.json} gives
 * {@code OrderPlaced}) unless the schema sets {@code javaType}.
 */
final class JsonSchemaGenerator {

  private final String packageName;

  JsonSchemaGenerator(String packageName) {
    this.packageName = packageName;
  }

  int generate(List<Path> files, File output) throws MojoExecutionException {
    GenerationConfig config = new DefaultGenerationConfig() {
      @Override
      public boolean isIncludeGeneratedAnnotation() {
        return false; // the annotation's class differs between Java versions; the sources say where they come from
      }

      @Override
      public String getTargetVersion() {
        return "17";
      }
    };
    JCodeModel model = new JCodeModel();
    SchemaMapper mapper = new SchemaMapper(
        new RuleFactory(config, new Jackson2Annotator(config), new SchemaStore()), new SchemaGenerator());
    for (Path file : files) {
      try {
        mapper.generate(model, className(file), packageName, file.toUri().toURL());
      } catch (IOException | RuntimeException e) {
        throw new MojoExecutionException("jsonschema2pojo cannot generate classes for " + file + ": " + e.getMessage(), e);
      }
    }
    try {
      model.build(output, new PrintStream(OutputStream.nullOutputStream()));
    } catch (IOException e) {
      throw new MojoExecutionException("Cannot write the JSON Schema classes into " + output + ": " + e, e);
    }
    return files.size();
  }

  /** {@code order-placed.schema.json} becomes {@code OrderPlaced}. */
  static String className(Path file) {
    String base = file.getFileName().toString().replaceFirst("(\\.schema)?\\.json$", "");
    StringBuilder name = new StringBuilder();
    for (String word : base.split("[^A-Za-z0-9]+")) {
      if (!word.isEmpty()) {
        name.append(word.substring(0, 1).toUpperCase(Locale.ROOT)).append(word.substring(1));
      }
    }
    if (name.length() == 0 || Character.isDigit(name.charAt(0))) {
      name.insert(0, "Schema");
    }
    return name.toString();
  }
}
