package dev.treaty.maven;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.stream.Stream;
import org.apache.avro.generic.GenericData;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.project.MavenProject;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.RepositorySystemSession;
import org.eclipse.aether.repository.RemoteRepository;

/**
 * Generates Java classes from the schema files found in {@code schemaDirectories} (local files,
 * or those the {@code download} goal wrote) and adds them to the compile sources: Avro
 * {@code SpecificRecord} classes from {@code .avsc}, protoc's classes from {@code .proto}, and
 * Jackson-annotated classes from JSON Schema {@code .json}.
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.GENERATE_SOURCES, threadSafe = true,
    requiresDependencyResolution = ResolutionScope.COMPILE)
public class GenerateMojo extends AbstractMojo {

  /** Folders searched (recursively) for schema files; {@code src/main/schemas} when none is given. */
  @Parameter
  List<File> schemaDirectories;

  /** Where the Java sources go; added to the compile source roots. */
  @Parameter(defaultValue = "${project.build.directory}/generated-sources/treaty", required = true)
  File outputDirectory;

  /** Java package of the classes generated from JSON Schema files. */
  @Parameter(defaultValue = "treaty.generated")
  String jsonSchemaPackage;

  /** How Avro strings appear in generated classes: {@code String}, {@code CharSequence} or {@code Utf8}. */
  @Parameter(defaultValue = "String")
  String avroStringType;

  /** The protoc version; by default the protobuf version this plugin was built with. */
  @Parameter(property = "treaty.protocVersion")
  String protocVersion;

  /** Full coordinates of a protoc executable, overriding {@code protocVersion} and the platform. */
  @Parameter(property = "treaty.protocArtifact")
  String protocArtifact;

  /** Skips the goal. */
  @Parameter(property = "treaty.skip", defaultValue = "false")
  boolean skip;

  @Parameter(defaultValue = "${project}", readonly = true)
  MavenProject project;

  @Component
  RepositorySystem repositorySystem;

  @Parameter(defaultValue = "${repositorySystemSession}", readonly = true)
  RepositorySystemSession repositorySession;

  @Parameter(defaultValue = "${project.remoteProjectRepositories}", readonly = true)
  List<RemoteRepository> remoteRepositories;

  @Override
  public void execute() throws MojoExecutionException {
    if (skip) {
      getLog().info("Skipping (skip is true)");
      return;
    }
    List<Path> roots = roots();
    List<Path> avro = new ArrayList<>();
    List<Path> proto = new ArrayList<>();
    List<Path> json = new ArrayList<>();
    for (Path file : schemaFiles(roots)) {
      String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
      if (name.endsWith(".avsc")) {
        avro.add(file);
      } else if (name.endsWith(".proto")) {
        proto.add(file);
      } else if (name.endsWith(".json")) {
        json.add(file);
      }
    }
    File output = outputDirectory;
    output.mkdirs();
    if (!avro.isEmpty()) {
      int count = new AvroGenerator(stringType()).generate(avro, output);
      getLog().info("Generated Avro classes from " + count + " schema file(s)");
    }
    if (!proto.isEmpty()) {
      File protoc = new ArtifactFiles(repositorySystem, repositorySession, remoteRepositories).resolve(protocCoordinates());
      Path work = new File(project.getBuild().getDirectory(), "treaty-protoc").toPath();
      int count = new ProtobufGenerator(protoc, work).generate(proto, roots, classpath(), output);
      getLog().info("Generated Protobuf classes from " + count + " schema file(s) with " + protoc.getName());
    }
    if (!json.isEmpty()) {
      int count = new JsonSchemaGenerator(jsonSchemaPackage).generate(json, output);
      getLog().info("Generated JSON Schema classes from " + count + " schema file(s) in package " + jsonSchemaPackage);
    }
    project.addCompileSourceRoot(output.getAbsolutePath());
  }

  private List<Path> roots() {
    List<File> configured = schemaDirectories == null || schemaDirectories.isEmpty()
        ? List.of(new File(project.getBasedir(), "src/main/schemas")) : schemaDirectories;
    List<Path> roots = new ArrayList<>();
    for (File folder : configured) {
      if (folder.isDirectory()) {
        roots.add(folder.toPath());
      } else {
        getLog().warn("Schema folder " + folder + " does not exist; nothing generated from it");
      }
    }
    return roots;
  }

  private static List<Path> schemaFiles(List<Path> roots) throws MojoExecutionException {
    List<Path> files = new ArrayList<>();
    for (Path root : roots) {
      try (Stream<Path> walk = Files.walk(root)) {
        walk.filter(Files::isRegularFile).sorted().forEach(files::add);
      } catch (IOException e) {
        throw new MojoExecutionException("Cannot list " + root + ": " + e, e);
      }
    }
    return files;
  }

  private GenericData.StringType stringType() throws MojoExecutionException {
    for (GenericData.StringType type : GenericData.StringType.values()) {
      if (type.name().equalsIgnoreCase(avroStringType.trim())) {
        return type;
      }
    }
    throw new MojoExecutionException("avroStringType must be String, CharSequence or Utf8, not " + avroStringType);
  }

  private String protocCoordinates() throws MojoExecutionException {
    if (protocArtifact != null && !protocArtifact.isBlank()) {
      return protocArtifact.trim();
    }
    try {
      return "com.google.protobuf:protoc:exe:" + ProtocPlatform.classifier() + ":" + protocVersionOrDefault();
    } catch (IllegalStateException e) {
      throw new MojoExecutionException(e.getMessage(), e);
    }
  }

  private String protocVersionOrDefault() throws MojoExecutionException {
    if (protocVersion != null && !protocVersion.isBlank()) {
      return protocVersion.trim();
    }
    try (InputStream in = GenerateMojo.class.getResourceAsStream("versions.properties")) {
      Properties versions = new Properties();
      versions.load(in);
      return versions.getProperty("protoc.version");
    } catch (IOException | NullPointerException e) {
      throw new MojoExecutionException("The plugin's versions.properties is missing; set protocVersion", e);
    }
  }

  private List<File> classpath() {
    return project.getArtifacts().stream().map(artifact -> artifact.getFile()).filter(file -> file != null).toList();
  }
}
