package dev.treaty.compatibility.protobuf.internal.confluent;

import dev.treaty.compatibility.protobuf.internal.ProtoRule;
import dev.treaty.compatibility.protobuf.internal.RuleSet;
import java.util.List;

/** Confluent Schema Registry's 26 Protobuf difference types, with its compatible/incompatible verdicts. */
public final class ConfluentRules {

  public static final RuleSet SET =
      new RuleSet(
          List.<ProtoRule>of(
              new PackageChanged(), new MessageAdded(), new MessageRemoved(), new MessageMoved(),
              new EnumAdded(), new EnumRemoved(), new EnumConstAdded(), new EnumConstRemoved(),
              new EnumConstChanged(), new FieldAdded(), new FieldRemoved(), new FieldNameChanged(),
              new FieldKindChanged(), new FieldScalarKindChanged(), new FieldNamedTypeChanged(),
              new FieldNumericLabelChanged(), new FieldStringOrBytesLabelChanged(),
              new RequiredFieldAdded(), new RequiredFieldRemoved(), new OneofAdded(), new OneofRemoved(),
              new OneofFieldAdded(), new OneofFieldRemoved(), new OneofFieldMovedToTopLevel(),
              new MultipleFieldsMovedToOneof(), new FieldMovedToExistingOneof()),
          false,
          false,
          false);

  private ConfluentRules() {}
}
