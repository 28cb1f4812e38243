package dev.treaty.maven;

import dev.treaty.compatibility.InvalidSchemaException;
import dev.treaty.compatibility.SchemaFormats;
import dev.treaty.compatibility.UnknownSchemaFormatException;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Checks that every configured schema file parses, with its references. References to subjects
 * configured in the same build are read from their files; others are fetched from the registry.
 */
@Mojo(name = "validate", defaultPhase = LifecyclePhase.VALIDATE, threadSafe = true)
public class ValidateMojo extends SubjectsMojo {

  @Override
  void run() throws MojoExecutionException, MojoFailureException {
    List<SubjectSchema> schemas = subjectSchemas();
    ReferenceResolver resolver = new ReferenceResolver(bySubject(schemas), this::client);
    Problems problems = new Problems();
    for (SubjectSchema schema : schemas) {
      requireComplete(schema);
      try {
        SchemaFormats.of(schema.type()).parse(schema.text(), resolver.resolve(schema));
        getLog().info("Schema of " + schema.subject() + " (" + schema.file().getName() + ") is a valid "
            + schema.type() + " schema");
      } catch (InvalidSchemaException e) {
        problems.add(schema.subject(), "is not valid", Problem.error(schema.subject(), where(schema, e) + e.getMessage()));
      } catch (UnknownSchemaFormatException | MojoExecutionException e) {
        problems.add(schema.subject(), "could not be validated", Problem.error(schema.subject(), e.getMessage()));
      }
    }
    problems.report(getLog(), "validate", schemas.size(), failOnIncompatible);
  }

  static String where(SubjectSchema schema, InvalidSchemaException e) {
    StringBuilder at = new StringBuilder(schema.file().getPath());
    if (e.line() != null) {
      at.append(':').append(e.line());
      if (e.column() != null) {
        at.append(':').append(e.column());
      }
    }
    return at.append(": ").toString();
  }
}
