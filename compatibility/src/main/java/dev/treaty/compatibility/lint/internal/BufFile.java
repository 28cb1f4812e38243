package dev.treaty.compatibility.lint.internal;

import dev.treaty.compatibility.SchemaPath;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** buf's rules on a file as a whole: syntax, package, file name and public imports. */
final class BufFile {

  private static final Pattern VERSION = Pattern.compile("v[1-9]\\d*(test.*|(alpha|beta)\\d*|p[1-9]\\d*(alpha|beta)\\d*)?");

  private BufFile() {}

  static List<LintRule> all() {
    return List.of(syntaxSpecified(), packageDefined(), packageLowerSnakeCase(), packageVersionSuffix(),
        fileLowerSnakeCase(), importNoPublic());
  }

  private static String packageLocation(ProtoSource source) {
    return source.statement(ProtoModel.PACKAGE);
  }

  private static LintRule syntaxSpecified() {
    return new BufRule("SYNTAX_SPECIFIED", "Every file states its syntax (buf STANDARD).") {
      @Override
      void check(LintInput input, ProtoSource source, RuleOptions options, Report report) {
        if (input.protoFile().getSyntax() == null) {
          report.add("/syntax", source.fileName() + ":1:1",
              "Files must have a syntax explicitly specified. If no syntax is specified, the file defaults to \"proto2\".",
              "Add syntax = \"proto3\"; as the first statement.");
        }
      }
    };
  }

  private static LintRule packageDefined() {
    return new BufRule("PACKAGE_DEFINED", "Every file declares a package (buf STANDARD).") {
      @Override
      void check(LintInput input, ProtoSource source, RuleOptions options, Report report) {
        if (input.protoFile().getPackageName() == null) {
          report.add("/package", source.fileName() + ":1:1", "Files must have a package defined.",
              "Add a package statement such as package acme.orders.v1; so the types cannot clash with others.");
        }
      }
    };
  }

  private static LintRule packageLowerSnakeCase() {
    return new BufRule("PACKAGE_LOWER_SNAKE_CASE", "Each part of the package is lower_snake_case (buf STANDARD).") {
      @Override
      void check(LintInput input, ProtoSource source, RuleOptions options, Report report) {
        String name = input.protoFile().getPackageName();
        if (name == null) {
          return;
        }
        String expected = Arrays.stream(name.split("\\.", -1)).map(NameCase::toLowerSnake).collect(Collectors.joining("."));
        if (!name.equals(expected)) {
          report.add("/package", packageLocation(source),
              "Package name \"" + name + "\" should be lower_snake.case, such as \"" + expected + "\".",
              "Rename the package to " + expected + ".");
        }
      }
    };
  }

  private static LintRule packageVersionSuffix() {
    return new BufRule("PACKAGE_VERSION_SUFFIX", "The last part of the package is a version such as v1 or v1beta1 (buf STANDARD).") {
      @Override
      void check(LintInput input, ProtoSource source, RuleOptions options, Report report) {
        String name = input.protoFile().getPackageName();
        if (name == null) {
          return;
        }
        String last = name.substring(name.lastIndexOf('.') + 1);
        if (!name.contains(".") || !VERSION.matcher(last).matches()) {
          report.add("/package", packageLocation(source),
              "Package name \"" + name + "\" should be suffixed with a correctly formed version, such as \"" + name + ".v1\".",
              "Rename the package to " + name + ".v1, so a breaking change can later go to .v2 beside it.");
        }
      }
    };
  }

  private static LintRule fileLowerSnakeCase() {
    return new BufRule("FILE_LOWER_SNAKE_CASE", "The file name is lower_snake_case (buf STANDARD).") {
      @Override
      void check(LintInput input, ProtoSource source, RuleOptions options, Report report) {
        String file = source.fileName();
        String base = file.substring(file.lastIndexOf('/') + 1);
        int dot = base.lastIndexOf('.');
        String ext = dot < 0 ? "" : base.substring(dot);
        String stem = dot < 0 ? base : base.substring(0, dot);
        String expected = NameCase.toLowerSnake(stem);
        if (!stem.equals(expected)) {
          report.add("", file + ":1:1",
              "Filename \"" + base + "\" should be lower_snake_case" + ext + ", such as \"" + expected + ext + "\".",
              "Rename the file to " + expected + ext + ".");
        }
      }
    };
  }

  private static LintRule importNoPublic() {
    return new BufRule("IMPORT_NO_PUBLIC", "No import is public (buf STANDARD).") {
      @Override
      void check(LintInput input, ProtoSource source, RuleOptions options, Report report) {
        for (String path : input.protoFile().getPublicImports()) {
          report.add(SchemaPath.ROOT.child("imports").child(path).toString(),
              source.statement(Pattern.compile("(import)\\s+public\\s+\"" + Pattern.quote(path) + "\"")),
              "Import \"" + path + "\" must not be public.",
              "Import " + path + " directly in the files that use it and drop the public keyword.");
        }
      }
    };
  }
}
