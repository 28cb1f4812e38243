package dev.treaty.cli;

import picocli.CommandLine.Command;

/** {@code treaty user}: manages the users file a secured registry reads. */
@Command(name = "user", description = "Manage the users file of a secured registry.",
    subcommands = {UserAddCommand.class})
final class UserCommand {}
