package dev.treaty.compatibility.protobuf.internal.validity;

import dev.treaty.compatibility.protobuf.internal.Editions;
import java.util.List;

/** Only the editions protoc knows build; a later or made-up one is refused as protoc refuses it. */
final class EditionKnown implements ValidityRule {

  @Override
  public void check(Source source, List<Problem> out) {
    String edition = source.file().edition();
    if (edition != null && !Editions.SUPPORTED.contains(edition)) {
      out.add(new Problem(source.file().element().getLocation().at(1, 1),
          "Edition \"" + edition + "\" is not supported; protoc builds editions " + String.join(" and ", Editions.SUPPORTED) + "."));
    }
  }
}
