package dev.treaty.compatibility.lint.internal;

import java.util.ArrayList;
import java.util.List;

/** Every lint rule Treaty has, in catalogue order. */
public final class AllRules {

  private static final List<LintRule> RULES = build();

  private AllRules() {}

  public static List<LintRule> list() {
    return RULES;
  }

  private static List<LintRule> build() {
    List<LintRule> rules = new ArrayList<>(EnvelopeAttribute.all());
    rules.addAll(List.of(new TypeNameCase(), new FieldNameCase(), new EnumSymbolCase(), new NamespaceCase(),
        new TypeDocumented(), new FieldDocumented(), new FieldAddedOptional(), new EnumHasDefault(),
        new TimestampTyped(), new MoneyTyped(), new MaxFields(), new MaxDepth()));
    rules.addAll(BufFile.all());
    rules.addAll(BufNaming.all());
    rules.addAll(BufEnums.all());
    rules.addAll(BufServices.all());
    rules.add(new BufFieldNotRequired());
    rules.add(new BufImportUsed());
    return List.copyOf(rules);
  }
}
