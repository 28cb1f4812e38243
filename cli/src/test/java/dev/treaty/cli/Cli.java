package dev.treaty.cli;

import dev.treaty.compatibility.SchemaFormats;
import dev.treaty.registry.testing.RunningRegistry;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** Runs the command line in-process, as a pipe would see it: captured streams, no terminal. */
final class Cli {

  record Result(int exitCode, String out, String err) {}

  private final Path workingDir;
  private final Map<String, String> env = new HashMap<>();

  Cli(Path workingDir) {
    this.workingDir = workingDir;
  }

  /** A command line pointed at a registry through {@code TREATY_REGISTRY_URL}. */
  static Cli against(RunningRegistry registry, Path workingDir) {
    return new Cli(workingDir).env("TREATY_REGISTRY_URL", registry.url());
  }

  Cli env(String name, String value) {
    env.put(name, value);
    return this;
  }

  Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    Session session = new Session(new PrintWriter(out), new PrintWriter(err), false, Map.copyOf(env), workingDir,
        SchemaFormats.all());
    int code = Treaty.run(session, args);
    return new Result(code, out.toString(), err.toString());
  }
}
