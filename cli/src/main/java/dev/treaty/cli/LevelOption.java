package dev.treaty.cli;

import dev.treaty.compatibility.CompatibilityLevel;
import picocli.CommandLine.ITypeConverter;

/** Parses a compatibility level, naming the valid ones when it is none of them. */
final class LevelOption implements ITypeConverter<CompatibilityLevel> {

  @Override
  public CompatibilityLevel convert(String value) {
    try {
      return CompatibilityLevel.parse(value);
    } catch (IllegalArgumentException e) {
      throw new picocli.CommandLine.TypeConversionException(e.getMessage());
    }
  }
}
