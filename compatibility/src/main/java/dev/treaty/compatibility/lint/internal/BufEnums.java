package dev.treaty.compatibility.lint.internal;

import com.squareup.wire.schema.internal.parser.EnumConstantElement;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** buf's enum rules beyond naming: zero first, no aliases, prefixed values, an unspecified zero. */
final class BufEnums {

  private BufEnums() {}

  static List<LintRule> all() {
    return List.of(firstValueZero(), noAllowAlias(), valuePrefix(), zeroValueSuffix());
  }

  private static String prefix(String enumName) {
    return NameCase.toLowerSnake(enumName).toUpperCase(Locale.ROOT) + "_";
  }

  private static LintRule firstValueZero() {
    return new BufRule("ENUM_FIRST_VALUE_ZERO", "The first value of an enum is numbered 0 (buf STANDARD).") {
      @Override
      void check(LintInput input, ProtoSource source, RuleOptions options, Report report) {
        for (var at : ProtoElements.enums(input.protoFile())) {
          List<EnumConstantElement> values = at.element().getConstants();
          if (!values.isEmpty() && values.get(0).getTag() != 0) {
            EnumConstantElement first = values.get(0);
            report.add(at.path().child("values").child(first.getName()).toString(),
                source.find(Pattern.compile(Pattern.quote(first.getName()) + "\\s*=\\s*(-?\\w+)"),
                    source.offset(first.getLocation())),
                "First enum value \"" + first.getName() + "\" should have a numeric value of 0",
                "Add a value numbered 0 first, such as " + prefix(at.element().getName()) + "UNSPECIFIED = 0.");
          }
        }
      }
    };
  }

  private static LintRule noAllowAlias() {
    return new BufRule("ENUM_NO_ALLOW_ALIAS", "Enums do not set allow_alias (buf STANDARD).") {
      @Override
      void check(LintInput input, ProtoSource source, RuleOptions options, Report report) {
        for (var at : ProtoElements.enums(input.protoFile())) {
          boolean alias = at.element().getOptions().stream()
              .anyMatch(option -> option.getName().equals("allow_alias") && "true".equals(String.valueOf(option.getValue())));
          if (alias) {
            report.add(at.path().toString(),
                source.find(Pattern.compile("\\b(option)\\s+allow_alias\\s*="), source.offset(at.element().getLocation())),
                "Enum option \"allow_alias\" on enum \"" + at.element().getName() + "\" must be false.",
                "Remove the alias values and the allow_alias option: aliases make JSON names ambiguous.");
          }
        }
      }
    };
  }

  private static LintRule valuePrefix() {
    return new BufRule("ENUM_VALUE_PREFIX", "Enum value names start with the enum's name in UPPER_SNAKE_CASE (buf STANDARD).") {
      @Override
      void check(LintInput input, ProtoSource source, RuleOptions options, Report report) {
        for (var at : ProtoElements.enums(input.protoFile())) {
          String expected = prefix(at.element().getName());
          for (EnumConstantElement constant : at.element().getConstants()) {
            if (!constant.getName().startsWith(expected)) {
              report.add(at.path().child("values").child(constant.getName()).toString(),
                  source.nameAfter(constant.getLocation(), constant.getName()),
                  "Enum value name \"" + constant.getName() + "\" should be prefixed with \"" + expected + "\".",
                  "Rename it to " + expected + constant.getName() + ": enum values share one namespace per package.");
            }
          }
        }
      }
    };
  }

  private static LintRule zeroValueSuffix() {
    return new BufRule("ENUM_ZERO_VALUE_SUFFIX", "The enum value numbered 0 ends with a suffix, _UNSPECIFIED by default (buf STANDARD).") {
      @Override
      public Map<String, Object> defaultOptions() {
        return Map.of("suffix", "_UNSPECIFIED");
      }

      @Override
      void check(LintInput input, ProtoSource source, RuleOptions options, Report report) {
        String suffix = options.string("suffix");
        for (var at : ProtoElements.enums(input.protoFile())) {
          for (EnumConstantElement constant : at.element().getConstants()) {
            if (constant.getTag() == 0 && !constant.getName().endsWith(suffix)) {
              report.add(at.path().child("values").child(constant.getName()).toString(),
                  source.nameAfter(constant.getLocation(), constant.getName()),
                  "Enum zero value name \"" + constant.getName() + "\" should be suffixed with \"" + suffix + "\".",
                  "Rename it to " + prefix(at.element().getName()) + suffix.replaceFirst("^_", "")
                      + ": the zero value is what readers see when the field is unset.");
            }
          }
        }
      }
    };
  }
}
