package dev.treaty.cli;

import picocli.CommandLine.Command;

/** {@code treaty deploy ...}: which application versions run in which environment. */
@Command(name = "deploy", description = "Record deployments and undeployments; show an environment.",
    subcommands = {DeployRecordCommand.class, DeployUndeployCommand.class, DeployListCommand.class,
        DeployMatrixCommand.class})
final class DeployCommand extends CommandGroup {}
