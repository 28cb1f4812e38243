package dev.treaty.cli;

import picocli.CommandLine.Command;

/** {@code treaty webhook}: subscriptions that call a URL on registry events, for an admin. */
@Command(name = "webhook", description = "Add, list, remove and test webhooks (admin).",
    subcommands = {WebhookAddCommand.class, WebhookListCommand.class, WebhookRemoveCommand.class,
        WebhookTestCommand.class})
final class WebhookCommand {}
