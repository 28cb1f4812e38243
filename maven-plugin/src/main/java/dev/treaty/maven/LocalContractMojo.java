package dev.treaty.maven;

import dev.treaty.client.model.ContractRequest;
import java.io.File;
import java.util.Map;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * The goals that work on this build's contract (publish it, write its AsyncAPI document): the
 * application and version it belongs to and where it comes from, configured once for all of them.
 */
abstract class LocalContractMojo extends RegistryMojo {

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
   * The contract written by the treaty-junit extension while the tests ran; used as it stands
   * when {@code produces} and {@code consumes} are not configured (declaring both ways is refused).
   */
  @Parameter(property = "treaty.contractFile", defaultValue = "${project.build.directory}/treaty/contract.json")
  File contractFile;

  /** Decodes {@code _xHH} in subject names, so that {@code _x3A} can stand for {@code :}. */
  @Parameter(defaultValue = "true")
  boolean decodeSubject;

  /** The contract as configured, or as the tests wrote it. */
  ContractRequest localContract() throws MojoExecutionException {
    return new LocalContract(produces, consumes, examples, schemaTypes, contractFile, decodeSubject).read();
  }
}
