package dev.treaty.cli;

import dev.treaty.client.ReferenceResolver;
import dev.treaty.client.RegistryClient;
import dev.treaty.client.model.SchemaReference;
import dev.treaty.compatibility.ResolvedReference;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * Base of the subcommands: gives them the session, the global options and, when they need one,
 * a registry client. Subclasses return their exit code from {@link #run()}.
 */
abstract class RegistryCommand implements Callable<Integer> {

  TreatyCommand root;
  @Spec
  CommandSpec spec;
  private RegistryClient client;

  abstract int run() throws Exception;

  @Override
  public final Integer call() throws Exception {
    ContextOption.apply(spec, root.context);
    return run();
  }

  Session session() {
    return root.session();
  }

  OutputFormat output() {
    return root.output();
  }

  /** The output format, refusing github where the command has no annotations to give. */
  OutputFormat textOrJson() {
    OutputFormat format = root.output();
    if (format == OutputFormat.GITHUB) {
      throw new InputException("--output github is only for check, diff, register, can-i-deploy and deploy matrix; use text or json");
    }
    return format;
  }

  RegistryClient client() {
    if (client == null) {
      client = root.client();
    }
    return client;
  }

  /** The schemas {@code references} point at, fetched from the registry, each after its own dependencies. */
  List<ResolvedReference> resolve(List<SchemaReference> references) {
    try {
      return ReferenceResolver.of(client()).resolve(references).stream()
          .map(resolved -> new ResolvedReference(resolved.name(), resolved.text()))
          .toList();
    } catch (IllegalArgumentException e) {
      throw new InputException(e.getMessage(), e);
    }
  }

  void println(String line) {
    session().out().println(line);
  }
}
