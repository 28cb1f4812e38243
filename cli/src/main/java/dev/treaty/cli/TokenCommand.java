package dev.treaty.cli;

import picocli.CommandLine.Command;

/** {@code treaty token}: API tokens of a secured registry, for an admin. */
@Command(name = "token", description = "Create, list and revoke API tokens (admin).",
    subcommands = {TokenCreateCommand.class, TokenListCommand.class, TokenRevokeCommand.class})
final class TokenCommand {}
