package dev.treaty.cli;

import picocli.CommandLine.Command;

/** {@code treaty contract ...}: what an application version produces and consumes. */
@Command(name = "contract", description = "Publish and show contracts; gate a subject on its consumers.",
    subcommands = {ContractPublishCommand.class, ContractShowCommand.class, ContractGateCommand.class,
        ContractPullCommand.class, ContractDescribeCommand.class})
final class ContractCommand extends CommandGroup {}
