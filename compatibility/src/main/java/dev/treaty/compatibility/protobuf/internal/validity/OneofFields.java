package dev.treaty.compatibility.protobuf.internal.validity;

import com.squareup.wire.schema.internal.parser.FieldElement;
import com.squareup.wire.schema.internal.parser.OneOfElement;
import java.util.List;

/**
 * A oneof holds at least one field (protoc stops at its closing brace, expecting one), and its
 * fields carry no label: a oneof member is never repeated.
 */
final class OneofFields implements ValidityRule {

  @Override
  public void check(Source source, List<Problem> out) {
    source.eachMessage((message, name) -> {
      for (OneOfElement oneof : message.getOneOfs()) {
        if (oneof.getFields().isEmpty() && oneof.getGroups().isEmpty()) {
          out.add(new Problem(source.closingBrace(oneof.getLocation()), "Oneof must have at least one field."));
        }
        for (FieldElement field : oneof.getFields()) {
          if (field.getLabel() != null) {
            out.add(new Problem(field.getLocation(),
                "Fields in oneofs must not have labels (required / optional / repeated)."));
          }
        }
      }
    });
  }
}
