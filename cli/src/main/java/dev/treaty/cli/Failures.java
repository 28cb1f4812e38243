package dev.treaty.cli;

import dev.treaty.client.RegistryException;
import dev.treaty.client.RegistryUnreachableException;
import dev.treaty.compatibility.InvalidSchemaException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Turns every failure into one line on standard error and an exit code: 2 for usage and input,
 * 3 for an unreachable or failing registry. The stack trace follows only with {@code --verbose}.
 */
final class Failures implements CommandLine.IExecutionExceptionHandler {

  private final TreatyCommand root;

  Failures(TreatyCommand root) {
    this.root = root;
  }

  static int usage(ParameterException e, String[] args) {
    CommandLine command = e.getCommandLine();
    PrintWriter err = command.getErr();
    err.println("treaty: " + e.getMessage() + " (see '" + command.getCommandSpec().qualifiedName() + " --help')");
    return ExitCodes.INPUT;
  }

  @Override
  public int handleExecutionException(Exception e, CommandLine command, ParseResult parsed) {
    PrintWriter err = command.getErr();
    err.println("treaty: " + describe(e));
    if (root.verbose) {
      e.printStackTrace(err);
    }
    return exitCode(e);
  }

  static int exitCode(Exception e) {
    if (e instanceof RegistryUnreachableException) {
      return ExitCodes.REGISTRY;
    }
    if (e instanceof RegistryException registry) {
      if (registry.isIncompatible()) {
        return ExitCodes.INCOMPATIBLE;
      }
      return registry.isServerError() ? ExitCodes.REGISTRY : ExitCodes.INPUT;
    }
    if (e instanceof InputException || e instanceof InvalidSchemaException || e instanceof IllegalArgumentException
        || e instanceof IOException || e instanceof UncheckedIOException) {
      return ExitCodes.INPUT;
    }
    return ExitCodes.REGISTRY;
  }

  static String describe(Exception e) {
    if (e instanceof RegistryException registry) {
      return registry.getMessage() + " (HTTP " + registry.status() + ", error " + registry.errorCode() + ")";
    }
    if (e instanceof InvalidSchemaException invalid && invalid.line() != null
        && !String.valueOf(invalid.getMessage()).contains("line " + invalid.line())) {
      return invalid.getMessage() + " (line " + invalid.line()
          + (invalid.column() == null ? "" : ", column " + invalid.column()) + ")";
    }
    String message = e.getMessage();
    return message == null || message.isBlank() ? e.getClass().getSimpleName() : oneLine(message);
  }

  private static String oneLine(String message) {
    return message.strip().replaceAll("\\s*\\R\\s*", " ");
  }
}
