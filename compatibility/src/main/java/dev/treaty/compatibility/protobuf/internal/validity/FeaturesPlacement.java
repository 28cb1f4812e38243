package dev.treaty.compatibility.protobuf.internal.validity;

import java.util.List;

/**
 * Features ({@code features.*} options) exist only under editions, and a repeated field cannot set
 * {@code field_presence}; protoc refuses both. A file-level feature outside editions is reported
 * at the top of the file, as protoc does.
 */
final class FeaturesPlacement implements ValidityRule {

  @Override
  public void check(Source source, List<Problem> out) {
    ElementOptions.each(source, options -> {
      String name = options.option().getName();
      if (options.option().isParenthesized() || !(name.equals("features") || name.startsWith("features."))) {
        return;
      }
      if (!source.editions()) {
        out.add(new Problem(options.fileLevel() ? options.at() : options.line(source.file().text(), "features"),
            "Features are only valid under editions."));
      } else if (options.repeatedField() && mentions(options, "field_presence")) {
        out.add(new Problem(options.line(source.file().text(), "features"),
            "Repeated fields can't specify field presence."));
      }
    });
  }

  private static boolean mentions(ElementOptions options, String feature) {
    return options.option().getName().equals("features." + feature)
        || String.valueOf(options.option().getValue()).contains(feature);
  }
}
