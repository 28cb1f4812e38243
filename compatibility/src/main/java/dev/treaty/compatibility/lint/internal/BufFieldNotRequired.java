package dev.treaty.compatibility.lint.internal;

import com.squareup.wire.schema.Field;
import com.squareup.wire.schema.internal.parser.FieldElement;

/** buf's FIELD_NOT_REQUIRED: no proto2 required field, since one can never be removed safely. */
final class BufFieldNotRequired extends BufRule {

  BufFieldNotRequired() {
    super("FIELD_NOT_REQUIRED", "No field is proto2 required (buf STANDARD, v2).");
  }

  @Override
  void check(LintInput input, ProtoSource source, RuleOptions options, Report report) {
    for (var at : ProtoElements.messages(input.protoFile())) {
      for (FieldElement field : BufNaming.fields(at.element())) {
        if (field.getLabel() == Field.Label.REQUIRED) {
          report.add(at.path().child("fields").child(field.getName()).toString(), BufNaming.fieldName(source, field),
              "Field named \"" + field.getName() + "\" should not be required.",
              "Make " + field.getName() + " optional: a required field can never be removed without breaking readers.");
        }
      }
    }
  }
}
