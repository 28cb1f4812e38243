package dev.treaty.registry.http;

/** The controllers {@link Routes} dispatches to. */
record Controllers(
    ServerInfoController server,
    SchemasController schemas,
    SubjectsController subjects,
    CompatibilityController compatibility,
    ConfigController config,
    ModeController mode,
    TreatyController treaty,
    Metrics metrics,
    OpenApiController openApi,
    BrowseController browse,
    WebUiController webUi,
    ContractsController contracts,
    GovernanceController governance,
    dev.treaty.registry.security.IdentityController identities,
    SamplesController samples,
    WebhooksController webhooks,
    CatalogController catalog) {}
