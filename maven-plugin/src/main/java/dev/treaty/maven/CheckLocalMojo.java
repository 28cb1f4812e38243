package dev.treaty.maven;

import dev.treaty.compatibility.Change;
import dev.treaty.compatibility.CheckOptions;
import dev.treaty.compatibility.CompatibilityChecker;
import dev.treaty.compatibility.CompatibilityLevel;
import dev.treaty.compatibility.CompatibilityReport;
import dev.treaty.compatibility.InvalidSchemaException;
import dev.treaty.compatibility.ParsedSchema;
import dev.treaty.compatibility.ResolvedReference;
import dev.treaty.compatibility.SchemaFormat;
import dev.treaty.compatibility.SchemaFormats;
import dev.treaty.compatibility.Side;
import dev.treaty.compatibility.VersionedSchema;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.codehaus.plexus.configuration.PlexusConfiguration;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.RepositorySystemSession;
import org.eclipse.aether.repository.RemoteRepository;

/**
 * Checks the project's schema files against earlier versions of the same files, with no registry:
 * a folder of earlier files, a file or folder per schema, or the jar of an earlier release of the
 * project. Folders give several versions (oldest first by file name), used by the transitive levels.
 */
@Mojo(name = "check-local", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class CheckLocalMojo extends AbstractMojo {

  /** Schema name (shown in messages) to the current schema file. */
  @Parameter(required = true)
  Map<String, File> schemas;

  /** Name to {@code AVRO}, {@code PROTOBUF} or {@code JSON}; by default the file extension decides. */
  @Parameter
  Map<String, String> schemaTypes;

  /** Name to the earlier file, or to a folder holding every earlier version. */
  @Parameter
  Map<String, File> previousSchemaPaths;

  /** A folder with the earlier version of each schema under the same file name. */
  @Parameter(property = "treaty.previousDirectory")
  File previousDirectory;

  /** {@code groupId:artifactId:version} of an earlier release whose jar holds the schemas under the same file names. */
  @Parameter(property = "treaty.previousArtifact")
  String previousArtifact;

  /** Name to level; names not listed use {@code compatibilityLevel}. */
  @Parameter
  Map<String, String> compatibilityLevels;

  /** The level of schemas not listed in {@code compatibilityLevels}. */
  @Parameter(property = "treaty.compatibilityLevel", defaultValue = "BACKWARD")
  String compatibilityLevel;

  /** Name to JSON Schema policy, {@code STRICT} (default) or {@code LENIENT}. */
  @Parameter
  Map<String, String> compatibilityPolicies;

  /** Name to references on other schemas of {@code schemas} (their {@code subject} is the other name). */
  @Parameter
  PlexusConfiguration references;

  /** Reports incompatibilities as warnings instead of failing the build. */
  @Parameter(property = "treaty.failOnIncompatible", defaultValue = "true")
  boolean failOnIncompatible;

  /** Skips the goal. */
  @Parameter(property = "treaty.skip", defaultValue = "false")
  boolean skip;

  @Component
  RepositorySystem repositorySystem;

  @Parameter(defaultValue = "${repositorySystemSession}", readonly = true)
  RepositorySystemSession repositorySession;

  @Parameter(defaultValue = "${project.remoteProjectRepositories}", readonly = true)
  List<RemoteRepository> remoteRepositories;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("Skipping (skip is true)");
      return;
    }
    File artifact = previousArtifact == null || previousArtifact.isBlank() ? null
        : new ArtifactFiles(repositorySystem, repositorySession, remoteRepositories).resolve(previousArtifact.trim());
    PreviousSchemas previous = new PreviousSchemas(previousSchemaPaths, previousDirectory, artifact);
    Map<String, SubjectSchema> local = readAll();
    ReferenceResolver resolver = new ReferenceResolver(local, () -> {
      throw new MojoExecutionException("check-local resolves references only among the configured schemas");
    });
    Problems problems = new Problems();
    for (SubjectSchema schema : local.values()) {
      try {
        check(schema, resolver.resolve(schema), previous, problems);
      } catch (InvalidSchemaException e) {
        problems.add(schema.subject(), "does not parse", Problem.error(schema.subject(), e.getMessage()));
      } catch (IllegalArgumentException | IOException e) {
        problems.add(schema.subject(), "could not be checked", Problem.error(schema.subject(), e.getMessage()));
      }
    }
    problems.report(getLog(), "check-local", local.size(), failOnIncompatible);
  }

  private void check(SubjectSchema schema, List<ResolvedReference> refs, PreviousSchemas previous, Problems problems)
      throws IOException {
    SchemaFormat format = SchemaFormats.of(schema.type());
    ParsedSchema proposed = format.parse(schema.text(), refs);
    List<PreviousSchemas.Previous> earlier = previous.of(schema.subject(), schema.file());
    if (earlier.isEmpty()) {
      getLog().info(schema.subject() + ": no earlier version found, nothing to compare");
      return;
    }
    List<VersionedSchema> versions = new ArrayList<>();
    for (int i = 0; i < earlier.size(); i++) {
      try {
        versions.add(new VersionedSchema(i + 1, format.parse(earlier.get(i).text(), refs)));
      } catch (InvalidSchemaException e) {
        throw new IllegalArgumentException("The earlier schema " + earlier.get(i).origin() + " does not parse: "
            + e.getMessage(), e);
      }
    }
    CompatibilityLevel level = CompatibilityLevel.parse(lookup(compatibilityLevels, schema.subject(), compatibilityLevel));
    CheckOptions options = CheckOptions.of(lookup(compatibilityPolicies, schema.subject(), "STRICT"), null).breakingOnly();
    CompatibilityReport report = new CompatibilityChecker().check(level, proposed, versions, options);
    if (report.isCompatible()) {
      getLog().info(schema.subject() + " is " + level + " compatible with " + origins(earlier));
      return;
    }
    problems.add(schema.subject(), "(" + schema.file().getName() + ") is not " + level + " compatible with "
        + origins(earlier), report.breakingChanges().stream()
        .map(change -> Problem.of(schema.subject(), change, location(change, schema, earlier))).toList());
  }

  /**
   * The change's line and column in the file they belong to: an earlier schema's for what only it
   * has (a deleted field), else the configured file.
   */
  static String location(Change change, SubjectSchema schema, List<PreviousSchemas.Previous> earlier) {
    if (change.location() == null) {
      return null;
    }
    String[] parts = change.location().split(":");
    String lineAndColumn = parts.length >= 3 ? parts[parts.length - 2] + ":" + parts[parts.length - 1]
        : parts.length == 2 ? parts[1] : null;
    if (lineAndColumn == null) {
      return change.location();
    }
    boolean old = change.side() == Side.OLD && change.checkedVersion() != null
        && change.checkedVersion() >= 1 && change.checkedVersion() <= earlier.size();
    String file = old ? earlier.get(change.checkedVersion() - 1).origin() : schema.file().getPath();
    return file + ":" + lineAndColumn;
  }

  private static String origins(List<PreviousSchemas.Previous> earlier) {
    return earlier.size() == 1 ? earlier.get(0).origin()
        : earlier.size() + " earlier versions (version n is the n-th oldest)";
  }

  private Map<String, SubjectSchema> readAll() throws MojoExecutionException {
    Map<String, SubjectSchema> all = new TreeMap<>();
    Map<String, List<Reference>> referencesByName = ReferencesParameter.parse(references);
    for (Map.Entry<String, File> entry : schemas.entrySet()) {
      String name = entry.getKey();
      File file = entry.getValue();
      try {
        String type = SubjectSchema.typeOf(lookup(schemaTypes, name, null), file);
        List<Reference> refs = referencesByName.get(name);
        all.put(name, new SubjectSchema(name, file, type, Files.readString(file.toPath()), refs));
      } catch (IOException e) {
        throw new MojoExecutionException("Cannot read " + file + " (schema " + name + "): " + e, e);
      }
    }
    return all;
  }

  private static String lookup(Map<String, String> map, String name, String fallback) {
    return map != null && map.get(name) != null ? map.get(name) : fallback;
  }
}
