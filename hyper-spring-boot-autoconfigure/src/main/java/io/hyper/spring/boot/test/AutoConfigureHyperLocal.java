package io.hyper.spring.boot.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.test.context.TestPropertySource;

/**
 * Runs a Spring test's context against an embedded hyper-local: it sets {@code
 * hyper.local.enabled=true}, so the context gets a domain of its own on a hyper-local shared by the
 * whole test run, with the services of {@code hyper.local.services}, and the {@code Hyper} bean
 * connects to it whatever {@code hyper.connection-string} says.
 *
 * <pre>{@code
 * @SpringBootTest
 * @AutoConfigureHyperLocal
 * class OrdersTest {
 *   @Autowired Hyper hyper;
 * }
 * }</pre>
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@TestPropertySource(properties = "hyper.local.enabled=true")
public @interface AutoConfigureHyperLocal {}
