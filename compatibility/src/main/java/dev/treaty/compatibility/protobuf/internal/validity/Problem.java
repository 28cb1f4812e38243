package dev.treaty.compatibility.protobuf.internal.validity;

import com.squareup.wire.schema.Location;

/** One reason protoc would refuse the file, at the element it is about. */
record Problem(Location at, String reason) {

  String describe() {
    return at.getPath() + ":" + at.getLine() + ":" + at.getColumn() + ": " + reason;
  }
}
