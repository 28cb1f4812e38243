package dev.treaty.junit;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * The JUnit 5 extension of contract tests ({@code @ExtendWith(TreatyExtension.class)}): gives test
 * methods a {@link Treaty}, and when the test run ends writes {@code target/treaty/contract.json}
 * and records verification results (see {@link TreatySettings} for the configuration).
 */
public final class TreatyExtension implements ParameterResolver {

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == Treaty.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return new Treaty(TreatyRun.of(context));
  }
}
