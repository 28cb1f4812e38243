package dev.treaty.compatibility.protobuf.internal.validity;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** No two fields of a message (oneof members and groups included) share a number. */
final class FieldNumberUnique implements ValidityRule {

  @Override
  public void check(Source source, List<Problem> out) {
    source.eachMessage((message, name) -> {
      Map<Integer, String> used = new HashMap<>();
      for (Source.NumberedField field : Source.fieldsOf(message)) {
        String previous = used.putIfAbsent(field.number(), field.name());
        if (previous != null) {
          out.add(new Problem(field.location(), "Field number " + field.number() + " has already been used in \""
              + name + "\" by field \"" + previous + "\"."));
        }
      }
    });
  }
}
