package dev.treaty.compatibility.protobuf.internal.validity;

import dev.treaty.compatibility.protobuf.internal.ProtoNames;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * In proto3 and editions files two fields of a message may not share a JSON name, default or
 * set with {@code json_name}: JSON readers could not tell them apart.
 */
final class JsonNameConflicts implements ValidityRule {

  @Override
  public void check(Source source, List<Problem> out) {
    if (!source.proto3() && !source.editions()) {
      return;
    }
    source.eachMessage((message, name) -> {
      Map<String, String> byJsonName = new HashMap<>();
      for (Source.NumberedField field : Source.fieldsOf(message)) {
        if (field.element() == null) {
          continue;
        }
        String custom = field.element().getJsonName();
        String json = custom != null ? custom : ProtoNames.jsonName(field.name());
        String previous = byJsonName.putIfAbsent(json, field.name());
        if (previous != null) {
          out.add(new Problem(field.location(), "The " + (custom != null ? "custom" : "default") + " JSON name of field \""
              + field.name() + "\" (\"" + json + "\") conflicts with the JSON name of field \"" + previous + "\"."));
        }
      }
    });
  }
}
