package dev.treaty.maven;

import dev.treaty.client.RegistryClient;
import dev.treaty.client.RegistryClientException;
import dev.treaty.client.RegistryException;
import dev.treaty.client.RegistryUnreachableException;
import dev.treaty.client.model.RegisterSchemaRequest;
import dev.treaty.client.model.RegisterSchemaResponse;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Registers each configured schema under its subject, referenced subjects first, and prints the
 * id and version each one got. A refused schema (incompatible, invalid) is reported with its
 * reasons at the end, together with every other failure.
 */
@Mojo(name = "register", defaultPhase = LifecyclePhase.DEPLOY, threadSafe = true)
public class RegisterMojo extends SubjectsMojo {

  /** Asks the registry to normalize the schemas before storing them. */
  @Parameter(property = "treaty.normalizeSchemas", defaultValue = "false")
  boolean normalizeSchemas;

  /**
   * Asks the registry to carry the schema tags of the subject's latest version over to the new
   * one (Confluent's {@code propagateSchemaTags}, sent in the register request).
   */
  @Parameter(property = "treaty.propagateSchemaTags", defaultValue = "false")
  boolean propagateSchemaTags;

  @Override
  void run() throws MojoExecutionException, MojoFailureException {
    List<SubjectSchema> schemas = subjectSchemas();
    RegistryClient client = client();
    ReferenceResolver resolver = new ReferenceResolver(bySubject(schemas), this::client);
    Problems problems = new Problems();
    for (SubjectSchema schema : schemas) {
      requireComplete(schema);
      try {
        RegisterSchemaRequest request = request(schema, resolver);
        RegisterSchemaResponse registered = client.register(
            schema.subject(), request.withPropagateSchemaTags(propagateSchemaTags), normalizeSchemas);
        int version = registered.version() != null ? registered.version()
            : client.lookup(schema.subject(), request, normalizeSchemas).version();
        resolver.registered(schema.subject(), version);
        getLog().info("Registered subject(" + schema.subject() + ") with id " + registered.id() + " version " + version);
      } catch (RegistryException e) {
        String headline = !e.isIncompatible() ? "was not registered"
            : e.judge() != null && e.judge().isGate()
                ? "was refused by " + e.judge().describe() + ": a deployed consumer cannot read it"
                : "was refused as incompatible";
        List<Problem> reasons = e.incompatibilities().isEmpty()
            ? List.of(Problem.error(schema.subject(), e.getMessage()))
            : e.incompatibilities().stream().map(found -> Problem.of(schema.subject(), found)).toList();
        problems.add(schema.subject(), headline, reasons);
      } catch (RegistryUnreachableException e) {
        problems.unreachable(schema.subject(), e.getMessage());
      } catch (RegistryClientException | MojoExecutionException e) {
        problems.add(schema.subject(), "was not registered", Problem.error(schema.subject(), e.getMessage()));
      }
    }
    problems.report(getLog(), "register", schemas.size(), failOnIncompatible, failOnUnreachable);
  }
}
