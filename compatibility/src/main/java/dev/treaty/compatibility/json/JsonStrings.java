package dev.treaty.compatibility.json;

import com.github.curiousoddman.rgxgen.RgxGen;
import dev.treaty.compatibility.SchemaPath;
import dev.treaty.compatibility.UnsatisfiableSchemaException;
import dev.treaty.compatibility.internal.SampleDice;
import dev.treaty.compatibility.internal.SampleText;
import org.everit.json.schema.FormatValidator;
import org.everit.json.schema.StringSchema;

/**
 * Strings for generated JSON samples: within {@code minLength} / {@code maxLength}, matching
 * {@code pattern} (through RgxGen, which turns a regular expression into strings it matches) and
 * of the declared {@code format}.
 */
final class JsonStrings {

  private static final int PATTERN_TRIES = 30;

  private JsonStrings() {}

  static String of(StringSchema schema, SampleDice dice, SchemaPath at) {
    int min = schema.getMinLength() == null ? 0 : schema.getMinLength();
    int max = schema.getMaxLength() == null ? -1 : schema.getMaxLength();
    if (max >= 0 && min > max) {
      throw new UnsatisfiableSchemaException(at, "`minLength` " + min + " is above `maxLength` " + max);
    }
    if (schema.getPattern() != null) {
      return matching(schema.getPattern().pattern(), min, max, dice, at);
    }
    FormatValidator format = schema.getFormatValidator();
    if (format != null && format != FormatValidator.NONE) {
      String value = SampleText.format(format.formatName(), dice);
      if (value != null && fits(value, min, max)) {
        return value;
      }
    }
    return SampleText.of(dice, min, max);
  }

  private static String matching(String pattern, int min, int max, SampleDice dice, SchemaPath at) {
    RgxGen generator;
    try {
      generator = RgxGen.parse(pattern);
    } catch (RuntimeException e) {
      throw new UnsatisfiableSchemaException(at, "Treaty cannot build strings for the `pattern` " + pattern + ": " + e.getMessage());
    }
    java.util.regex.Pattern compiled = java.util.regex.Pattern.compile(pattern);
    for (int i = 0; i < PATTERN_TRIES; i++) {
      String candidate = generator.generate(dice.random());
      if (fits(candidate, min, max) && compiled.matcher(candidate).find()) {
        return candidate;
      }
    }
    throw new UnsatisfiableSchemaException(at, "no string of " + min + (max < 0 ? " or more" : " to " + max)
        + " characters matching the `pattern` " + pattern + " was found in " + PATTERN_TRIES + " tries");
  }

  private static boolean fits(String value, int min, int max) {
    int length = value.codePointCount(0, value.length());
    return length >= min && (max < 0 || length <= max);
  }
}
