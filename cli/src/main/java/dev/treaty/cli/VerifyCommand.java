package dev.treaty.cli;

import picocli.CommandLine.Command;

/** {@code treaty verify ...}: verification results of contract tests. */
@Command(name = "verify", description = "Record what producer builds' contract tests found.",
    subcommands = {VerifyPublishCommand.class})
final class VerifyCommand extends CommandGroup {}
