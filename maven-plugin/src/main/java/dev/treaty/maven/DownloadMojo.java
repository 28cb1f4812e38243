package dev.treaty.maven;

import dev.treaty.client.RegistryClient;
import dev.treaty.client.RegistryClientException;
import dev.treaty.client.model.Schema;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Writes the schemas of the subjects matching {@code subjectPatterns} (regular expressions that
 * must match the whole subject name) into {@code outputDirectory}, one file per subject, named
 * after the subject with the extension of its type.
 */
@Mojo(name = "download", defaultPhase = LifecyclePhase.GENERATE_SOURCES, threadSafe = true)
public class DownloadMojo extends RegistryMojo {

  /** Regular expressions; a subject is downloaded when one of them matches its whole name. */
  @Parameter(required = true)
  List<String> subjectPatterns;

  /** One version per pattern ({@code latest} or a number); all latest when absent. */
  @Parameter
  List<String> versions;

  /** Where the files go. */
  @Parameter(required = true, defaultValue = "${project.build.directory}/treaty-schemas")
  File outputDirectory;

  /** File extension for every file; by default {@code .avsc}, {@code .proto} or {@code .schema.json} by type. */
  @Parameter
  String schemaExtension;

  /** Spells characters a file name cannot hold as {@code _xHH}. */
  @Parameter(defaultValue = "true")
  boolean encodeSubject;

  @Override
  void run() throws MojoExecutionException {
    if (versions != null && !versions.isEmpty() && versions.size() != subjectPatterns.size()) {
      throw new MojoExecutionException("versions must give one version per subject pattern ("
          + subjectPatterns.size() + " patterns, " + versions.size() + " versions)");
    }
    List<Pattern> patterns = compile();
    RegistryClient client = client();
    try {
      Files.createDirectories(outputDirectory.toPath());
      int written = 0;
      for (String subject : client.subjects(false)) {
        for (int i = 0; i < patterns.size(); i++) {
          if (patterns.get(i).matcher(subject).matches()) {
            Schema schema = client.version(subject, versionFor(i), false);
            checkDeprecation(client, schema.subject(), schema.version());
            write(schema);
            written++;
            break;
          }
        }
      }
      getLog().info("Downloaded " + written + " schema(s) into " + outputDirectory);
    } catch (RegistryClientException e) {
      throw new MojoExecutionException("Download failed: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new MojoExecutionException("Cannot write into " + outputDirectory + ": " + e, e);
    }
  }

  private List<Pattern> compile() throws MojoExecutionException {
    List<Pattern> compiled = new ArrayList<>();
    for (String pattern : subjectPatterns) {
      try {
        compiled.add(Pattern.compile(pattern));
      } catch (PatternSyntaxException e) {
        throw new MojoExecutionException("Not a regular expression: " + pattern + " (" + e.getDescription() + ")", e);
      }
    }
    return compiled;
  }

  private String versionFor(int patternIndex) {
    return versions == null || versions.isEmpty() ? "latest" : versions.get(patternIndex).trim();
  }

  private void write(Schema schema) throws IOException {
    String extension = schemaExtension != null ? schemaExtension : SubjectSchema.extensionOf(schema.schemaType());
    String name = encodeSubject ? SubjectNames.encode(schema.subject()) : schema.subject();
    Path file = outputDirectory.toPath().resolve(name + extension);
    Files.writeString(file, schema.schema());
    getLog().info("Downloaded " + schema.subject() + " version " + schema.version() + " to " + file.getFileName());
  }
}
