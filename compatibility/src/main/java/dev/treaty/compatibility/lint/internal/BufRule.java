package dev.treaty.compatibility.lint.internal;

import java.util.List;

/**
 * One of buf's STANDARD lint rules that looks at a single file, under buf's id and with buf's
 * message, so that {@code buf lint} users see the same names. Positions are where buf reports them.
 */
abstract class BufRule implements LintRule {

  private final String id;
  private final String purpose;

  BufRule(String id, String purpose) {
    this.id = id;
    this.purpose = purpose;
  }

  @Override
  public final String id() {
    return id;
  }

  @Override
  public final String category() {
    return "BUF";
  }

  @Override
  public final List<String> formats() {
    return List.of("PROTOBUF");
  }

  @Override
  public final String purpose() {
    return purpose;
  }

  @Override
  public final void check(LintInput input, RuleOptions options, Report report) {
    if (input.protoFile() != null) {
      check(input, input.protoSource(), options, report);
    }
  }

  abstract void check(LintInput input, ProtoSource source, RuleOptions options, Report report);
}
