package dev.treaty.compatibility.protobuf.internal;

import com.squareup.wire.schema.internal.parser.ProtoFileElement;

/**
 * One parsed .proto file: Wire's tree, the edition it declares ({@code null} for proto2 and
 * proto3 files) and its text with comments blanked, whose line and column numbers are the
 * original's. Validity rules read literals Wire does not keep apart (a default's quoting) there.
 */
public record ParsedFile(ProtoFileElement element, String edition, String text) {

  public boolean isEditions() {
    return edition != null;
  }
}
