package io.hyper.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs the annotated test class against an in-memory hyper-local, with the defaults of {@link
 * HyperExtension}: every test method may take a {@link io.hyper.connect.Hyper} connected to a fresh
 * domain of its own (data, cache, search and storage created), and the {@link
 * io.hyper.local.HyperLocal} itself.
 *
 * <pre>{@code
 * @HyperTest
 * class MovieRepositoryTest {
 *   @Test
 *   void savesAMovie(Hyper hyper) {
 *     assertThat(hyper.data().add(Map.of("_id", "movie-1")).ok()).isTrue();
 *   }
 * }
 * }</pre>
 *
 * <p>For options (app keys, search fields, a queue target) register {@link
 * HyperExtension#builder()} with {@code @RegisterExtension} instead; use one or the other.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(HyperExtension.class)
public @interface HyperTest {}
