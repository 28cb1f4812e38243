package dev.treaty.cli;

import dev.treaty.client.ClientSettings;
import dev.treaty.client.Credentials;
import dev.treaty.client.RegistryClient;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The {@code treaty} command: global options, shared by every subcommand. */
@Command(
    name = "treaty",
    mixinStandardHelpOptions = true,
    versionProvider = TreatyVersion.class,
    description = "Schema registry and contract testing from the terminal.",
    subcommands = {
        SubjectsCommand.class, VersionsCommand.class, GetCommand.class, SchemaCommand.class,
        RegisterCommand.class, CheckCommand.class, DiffCommand.class, ConfigCommand.class, ModeCommand.class,
        DeleteCommand.class, ExportCommand.class, ImportCommand.class, ServeCommand.class, CompletionCommand.class,
        UserCommand.class, TokenCommand.class, ContractCommand.class, DeployCommand.class, CanIDeployCommand.class, LintCommand.class,
        DeprecateCommand.class, SampleCommand.class, VerifyCommand.class, WebhookCommand.class, AsyncApiCommand.class},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:done; compatible; deployable; lint clean of errors", "1:incompatible; not deployable; lint errors", "2:usage or input error (bad file, invalid schema)",
        "3:registry unreachable or server error"})
final class TreatyCommand {

  private final Session session;

  @Option(names = "--registry", scope = ScopeType.INHERIT, paramLabel = "URL",
      description = "Registry URL(s), comma-separated for fail-over. Default: $TREATY_REGISTRY_URL, the "
          + "settings file, or " + CliSettings.DEFAULT_URL + ".")
  String registry;

  @Option(names = "--user", scope = ScopeType.INHERIT, paramLabel = "USER:PASSWORD",
      description = "HTTP Basic credentials (or $TREATY_REGISTRY_USER).")
  String user;

  @Option(names = "--token", scope = ScopeType.INHERIT, paramLabel = "TOKEN",
      description = "Bearer token (or $TREATY_REGISTRY_TOKEN).")
  String token;

  @Option(names = {"-o", "--output"}, scope = ScopeType.INHERIT, paramLabel = "FORMAT", defaultValue = "text",
      description = "text (default) or json; check, diff, register, can-i-deploy and deploy matrix also take github.")
  String output;

  @Option(names = "--context", scope = ScopeType.INHERIT, paramLabel = "CTX",
      description = "Schema context (.name) of the subjects named; default: the default one.")
  String context;

  @Option(names = {"-v", "--verbose"}, scope = ScopeType.INHERIT,
      description = "Show stack traces of errors.")
  boolean verbose;

  TreatyCommand(Session session) {
    this.session = session;
  }

  Session session() {
    return session;
  }

  OutputFormat output() {
    return OutputFormat.parse(output);
  }

  RegistryClient client() {
    CliSettings settings = CliSettings.load(session.env());
    String urls = registry != null ? registry : settings.url();
    ClientSettings client;
    try {
      client = ClientSettings.of(urls);
    } catch (IllegalArgumentException e) {
      throw new InputException("Bad registry URL: " + e.getMessage(), e);
    }
    String basic = user != null ? user : settings.user().orElse(null);
    String bearer = token != null ? token : settings.token().orElse(null);
    try {
      if (bearer != null) {
        client = client.withCredentials(Credentials.bearer(bearer));
      } else if (basic != null) {
        client = client.withCredentials(Credentials.basic(basic));
      }
    } catch (IllegalArgumentException e) {
      throw new InputException("Bad --user: " + e.getMessage(), e);
    }
    return new RegistryClient(client);
  }
}
