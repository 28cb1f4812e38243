package dev.treaty.cli;

import picocli.CommandLine.Command;

/** {@code treaty user}: the users of a secured registry, kept in its database. */
@Command(name = "user", description = "Manage the users of a secured registry.",
    subcommands = {UserAddCommand.class, UserPasswdCommand.class, UserRolesCommand.class, UserRemoveCommand.class,
        UserListCommand.class})
final class UserCommand {}
