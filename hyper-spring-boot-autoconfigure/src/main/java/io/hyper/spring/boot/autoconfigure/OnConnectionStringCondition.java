package io.hyper.spring.boot.autoconfigure;

import io.hyper.connect.Hyper;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** Matches when {@code hyper.connection-string} or the {@code HYPER} variable is set. */
final class OnConnectionStringCondition extends SpringBootCondition {
  static final String PROPERTY = "hyper.connection-string";

  @Override
  public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata meta) {
    Environment env = context.getEnvironment();
    if (hasText(env.getProperty(PROPERTY))) {
      return ConditionOutcome.match(PROPERTY + " is set");
    }
    if (hasText(env.getProperty(Hyper.ENV))) {
      return ConditionOutcome.match("the " + Hyper.ENV + " variable is set");
    }
    return ConditionOutcome.noMatch("neither " + PROPERTY + " nor " + Hyper.ENV + " is set");
  }

  private static boolean hasText(String value) {
    return value != null && !value.isBlank();
  }
}
