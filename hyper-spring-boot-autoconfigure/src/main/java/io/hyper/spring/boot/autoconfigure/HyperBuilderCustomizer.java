package io.hyper.spring.boot.autoconfigure;

import io.hyper.connect.Hyper;

/**
 * Adjusts the builder of the auto-configured {@link Hyper} after the properties are applied, for
 * options that have no property (an executor, an {@code SSLContext}). Declare one as a bean.
 */
@FunctionalInterface
public interface HyperBuilderCustomizer {

  /**
   * Customizes the builder.
   *
   * @param builder the builder, with the properties already applied
   */
  void customize(Hyper.Builder builder);
}
