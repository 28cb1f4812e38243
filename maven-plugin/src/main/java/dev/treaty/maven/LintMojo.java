package dev.treaty.maven;

import dev.treaty.compatibility.InvalidSchemaException;
import dev.treaty.compatibility.ParsedSchema;
import dev.treaty.compatibility.SchemaFormats;
import dev.treaty.compatibility.UnknownSchemaFormatException;
import dev.treaty.compatibility.lint.LintFinding;
import dev.treaty.compatibility.lint.LintRuleSet;
import dev.treaty.compatibility.lint.LintRuleSets;
import dev.treaty.compatibility.lint.Linter;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Lints the project's schema files with the event rules, offline, and fails the build on ERROR
 * findings, naming the file, line and rule of each.
 */
@Mojo(name = "lint", defaultPhase = LifecyclePhase.VALIDATE, threadSafe = true)
public class LintMojo extends AbstractMojo {

  /** The schema files (.avsc, .proto, .json). */
  @Parameter(required = true)
  List<File> files;

  /** A built-in rule set ({@code event}, {@code protobuf-standard}, {@code none}) or a JSON rule set file. */
  @Parameter(property = "treaty.lintRules", defaultValue = "event")
  String lintRules;

  /** Reports ERROR findings as warnings instead of failing the build. */
  @Parameter(property = "treaty.failOnLintErrors", defaultValue = "true")
  boolean failOnLintErrors;

  @Parameter(defaultValue = "${project.basedir}", readonly = true)
  File basedir;

  @Parameter(property = "treaty.skip", defaultValue = "false")
  boolean skip;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("Skipping treaty:lint");
      return;
    }
    LintRuleSet rules;
    try {
      rules = LintRuleSets.load(lintRules, basedir.toPath());
    } catch (IllegalArgumentException e) {
      throw new MojoExecutionException("Bad lintRules: " + e.getMessage(), e);
    }
    int errors = 0;
    int warnings = 0;
    for (File file : files) {
      String shown = basedir.toPath().relativize(file.toPath().toAbsolutePath()).toString();
      for (LintFinding finding : Linter.lint(parse(file, shown), null, shown, rules)) {
        String where = finding.location() != null ? finding.location() : shown + "#" + finding.path();
        String line = where + ": " + finding.ruleId() + " " + finding.message() + " Fix: " + finding.remedy();
        if (finding.isError()) {
          errors++;
          getLog().error(line);
        } else {
          warnings++;
          getLog().warn(line);
        }
      }
    }
    String summary = "lint: " + files.size() + " file(s) with " + lintRules + ": " + errors + " error(s), " + warnings
        + " warning(s)";
    if (errors > 0 && failOnLintErrors) {
      throw new MojoFailureException(summary);
    }
    getLog().info(summary);
  }

  private static ParsedSchema parse(File file, String shown) throws MojoExecutionException {
    try {
      return SchemaFormats.of(typeOf(file)).parse(Files.readString(file.toPath()), List.of());
    } catch (IOException e) {
      throw new MojoExecutionException("Cannot read " + shown + ": " + e.getMessage(), e);
    } catch (InvalidSchemaException | UnknownSchemaFormatException e) {
      throw new MojoExecutionException(shown + " is not a valid schema: " + e.getMessage(), e);
    }
  }

  private static String typeOf(File file) throws MojoExecutionException {
    String name = file.getName().toLowerCase(Locale.ROOT);
    if (name.endsWith(".avsc")) {
      return "AVRO";
    }
    if (name.endsWith(".proto")) {
      return "PROTOBUF";
    }
    if (name.endsWith(".json")) {
      return "JSON";
    }
    throw new MojoExecutionException("Cannot tell the schema type of " + file + " (.avsc, .proto or .json)");
  }
}
