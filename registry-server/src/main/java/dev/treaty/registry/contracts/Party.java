package dev.treaty.registry.contracts;

/** An application version on one side of a subject: its producer or one of its consumers. */
record Party(String application, String version, ContractSide side) {

  String label() {
    return application + " " + version;
  }
}
