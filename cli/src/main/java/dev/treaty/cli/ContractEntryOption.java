package dev.treaty.cli;

import dev.treaty.client.model.ContractEntry;

/**
 * A {@code --produces} / {@code --consumes} value: {@code SUBJECT=FILE} for a local schema file
 * (type from the extension), or {@code SUBJECT@VERSION} for a registered version ({@code latest}
 * or a number).
 */
record ContractEntryOption(String subject, String file, String version) {

  static ContractEntryOption parse(String value) {
    int equals = value.indexOf('=');
    int at = value.lastIndexOf('@');
    if (equals > 0 && equals < value.length() - 1) {
      return new ContractEntryOption(value.substring(0, equals), value.substring(equals + 1), null);
    }
    if (at > 0 && at < value.length() - 1) {
      String version = value.substring(at + 1);
      if (!version.equals("latest") && !version.matches("-1|[1-9][0-9]{0,9}")) {
        throw new InputException("Bad version in '" + value + "': use latest or a version number");
      }
      return new ContractEntryOption(value.substring(0, at), null, version);
    }
    throw new InputException("Bad subject '" + value + "': use SUBJECT=FILE or SUBJECT@VERSION");
  }

  ContractEntry entry(Session session) {
    if (file == null) {
      return ContractEntry.registered(subject, version.equals("latest") ? -1 : Integer.parseInt(version));
    }
    SchemaFile schema = SchemaFile.read(session, file, null);
    return ContractEntry.inline(subject, schema.type(), schema.text());
  }
}
