package dev.treaty.maven;

import dev.treaty.client.RegistryClient;
import dev.treaty.client.RegistryClientException;
import dev.treaty.client.RegistryException;
import dev.treaty.client.RegistryUnreachableException;
import dev.treaty.client.model.CompatibilityCheckResponse;
import dev.treaty.client.model.Judge;
import dev.treaty.compatibility.InvalidSchemaException;
import dev.treaty.compatibility.SchemaFormats;
import dev.treaty.compatibility.UnknownSchemaFormatException;
import dev.treaty.client.model.RegisterSchemaRequest;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Checks each configured schema against its subject in the registry, at the subject's level:
 * against the latest version for BACKWARD, FORWARD and FULL, against every version for the
 * transitive levels. A subject with no versions yet passes.
 */
@Mojo(name = "test-compatibility", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class TestCompatibilityMojo extends SubjectsMojo {

  /** Normalizes the schemas before checking. */
  @Parameter(property = "treaty.normalizeSchemas", defaultValue = "false")
  boolean normalizeSchemas;

  /** Asks the registry for the reasons of an incompatibility (rule id, path, message). */
  @Parameter(defaultValue = "true")
  boolean verbose;

  @Override
  void run() throws MojoExecutionException, MojoFailureException {
    List<SubjectSchema> schemas = subjectSchemas();
    RegistryClient client = client();
    ReferenceResolver resolver = new ReferenceResolver(bySubject(schemas), this::client);
    Problems problems = new Problems();
    for (SubjectSchema schema : schemas) {
      requireComplete(schema);
      String invalid = invalidLocally(schema);
      if (invalid != null) {
        problems.add(schema.subject(), "(" + schema.file().getName() + ") is not a valid " + schema.type() + " schema",
            Problem.error(schema.subject(), invalid));
        continue;
      }
      String level = levelOf(client, schema.subject());
      try {
        if (!hasVersions(client, schema.subject())) {
          // checked before the references, which may not be registered yet either
          getLog().info("Subject " + schema.subject() + " has no versions yet, so any schema is compatible");
          continue;
        }
        List<Integer> registered = client.versions(schema.subject(), false);
        checkDeprecation(client, schema.subject(), registered.get(registered.size() - 1));
        RegisterSchemaRequest request = request(schema, resolver);
        CompatibilityCheckResponse answer = client.checkCompatibility(schema.subject(), null, request,
            normalizeSchemas, verbose);
        Judge judge = answer.judge();
        if (answer.isCompatible()) {
          getLog().info("Schema of " + schema.subject() + " is " + level + " compatible"
              + (judge != null && judge.isGate() ? ", as decided by " + judge.describe() : ""));
        } else if (judge != null && judge.isGate()) {
          problems.add(schema.subject(), "(" + schema.file().getName() + ") is refused by " + judge.describe()
              + ": a deployed consumer cannot read it", reasons(schema.subject(), answer));
        } else {
          problems.add(schema.subject(), "(" + schema.file().getName() + ") is not " + level + " compatible",
              reasons(schema.subject(), answer));
        }
      } catch (RegistryUnreachableException e) {
        problems.unreachable(schema.subject(), e.getMessage());
      } catch (RegistryClientException | MojoExecutionException e) {
        problems.add(schema.subject(), "could not be checked", Problem.error(schema.subject(), e.getMessage()));
      }
    }
    problems.report(getLog(), "test-compatibility", schemas.size(), failOnIncompatible, failOnUnreachable);
  }

  private static List<Problem> reasons(String subject, CompatibilityCheckResponse answer) {
    if (answer.incompatibilities() != null && !answer.incompatibilities().isEmpty()) {
      return answer.incompatibilities().stream().map(found -> Problem.of(subject, found)).toList();
    }
    if (answer.messages() != null && !answer.messages().isEmpty()) {
      return answer.messages().stream().map(message -> Problem.error(subject, message)).toList();
    }
    return List.of(Problem.error(subject, "The registry gave no reason (set verbose to true to ask for one)"));
  }

  /**
   * Why the schema does not parse here, or {@code null}: an invalid schema is reported as invalid, as
   * the CLI does, not as the "incompatible" a registry answers. A schema with references is left to
   * the registry, which resolves them.
   */
  private static String invalidLocally(SubjectSchema schema) {
    if (!schema.references().isEmpty()) {
      return null;
    }
    try {
      SchemaFormats.of(schema.type()).parse(schema.text(), List.of());
      return null;
    } catch (InvalidSchemaException | UnknownSchemaFormatException e) {
      return e.getMessage();
    }
  }

  private static boolean hasVersions(RegistryClient client, String subject) {
    try {
      return !client.versions(subject, false).isEmpty();
    } catch (RegistryException e) {
      if (e.isNotFound()) {
        return false;
      }
      throw e;
    }
  }

  private String levelOf(RegistryClient client, String subject) {
    try {
      return client.config(subject, true).compatibilityLevel();
    } catch (RegistryClientException e) {
      getLog().debug("No level for " + subject + ": " + e.getMessage());
      return "the subject's level";
    }
  }
}
