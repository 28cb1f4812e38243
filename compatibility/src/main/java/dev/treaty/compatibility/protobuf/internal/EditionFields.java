package dev.treaty.compatibility.protobuf.internal;

import com.google.protobuf.DescriptorProtos.FeatureSet;
import com.google.protobuf.DescriptorProtos.FieldDescriptorProto;

/**
 * A field of an editions file in descriptor form: editions have no required label and no
 * label-less singular fields, so presence is said with {@code features.field_presence}.
 */
final class EditionFields {

  private EditionFields() {}

  static void express(FieldDef field, FieldDescriptorProto.Builder proto) {
    if (field.isMap() || field.label() == Label.REPEATED || field.inOneof()) {
      return;
    }
    if (field.label() == Label.REQUIRED) {
      proto.setLabel(FieldDescriptorProto.Label.LABEL_OPTIONAL);
      proto.getOptionsBuilder().getFeaturesBuilder().setFieldPresence(FeatureSet.FieldPresence.LEGACY_REQUIRED);
    } else if (field.label() == Label.NONE) {
      proto.getOptionsBuilder().getFeaturesBuilder().setFieldPresence(FeatureSet.FieldPresence.IMPLICIT);
    }
  }
}
