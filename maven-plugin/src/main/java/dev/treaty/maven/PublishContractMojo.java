package dev.treaty.maven;

import dev.treaty.client.RegistryClientException;
import dev.treaty.client.model.Contract;
import dev.treaty.client.model.ContractRequest;
import java.io.File;
import java.util.Map;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Publishes the contract of this build: the subjects the application produces (with the schema
 * it writes) and consumes (with the schema it reads with, and example messages). Publishing the
 * same contract again changes nothing; a different one for the same version fails the build.
 */
@Mojo(name = "publish-contract", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class PublishContractMojo extends RegistryMojo {

  /** The application's name; by default the artifactId. */
  @Parameter(property = "treaty.application", defaultValue = "${project.artifactId}", required = true)
  String application;

  /** The application's version; by default the project version (a commit id suits snapshots better). */
  @Parameter(property = "treaty.applicationVersion", defaultValue = "${project.version}", required = true)
  String applicationVersion;

  /** Subject to the schema file the application writes; the element name is the subject. */
  @Parameter
  Map<String, File> produces;

  /** Subject to the schema file the application reads the subject with. */
  @Parameter
  Map<String, File> consumes;

  /**
   * Subject to a JSON file holding one example message, or a folder of such {@code .json} files: for a
   * consumed subject messages it must accept, for a subject only produced events it sends.
   */
  @Parameter
  Map<String, File> examples;

  /** Subject to {@code AVRO}, {@code PROTOBUF} or {@code JSON}; by default the file extension decides, else AVRO. */
  @Parameter
  Map<String, String> schemaTypes;

  /**
   * The contract written by the treaty-junit extension while the tests ran; published as it stands
   * when {@code produces} and {@code consumes} are not configured (declaring both ways is refused).
   */
  @Parameter(property = "treaty.contractFile", defaultValue = "${project.build.directory}/treaty/contract.json")
  File contractFile;

  /** Decodes {@code _xHH} in subject names, so that {@code _x3A} can stand for {@code :}. */
  @Parameter(defaultValue = "true")
  boolean decodeSubject;

  @Override
  void run() throws MojoExecutionException {
    publish(new LocalContract(produces, consumes, examples, schemaTypes, contractFile, decodeSubject).read());
  }

  private void publish(ContractRequest request) throws MojoExecutionException {
    try {
      Contract contract = client().publishContract(application, applicationVersion, request);
      getLog().info("Published the contract of " + application + " " + applicationVersion + ": produces "
          + contract.produces().size() + ", consumes " + contract.consumes().size() + " subject(s)");
    } catch (RegistryClientException e) {
      throw new MojoExecutionException("The contract of " + application + " " + applicationVersion
          + " was not published: " + e.getMessage(), e);
    }
  }
}
