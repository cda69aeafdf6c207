package io.hyper.examples.boot;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A Spring Boot app on hyper: a REST API over data, cache and search ({@link MovieController}) and
 * a queue worker ({@link IndexWorker}). With the starter and three properties it runs against an
 * embedded hyper-local: {@code ./mvnw -q -pl examples/spring-boot -am compile exec:java}.
 */
@SpringBootApplication
public class MoviesApplication {

  /** Creates the application; Spring calls it. */
  public MoviesApplication() {}

  /**
   * Starts the app.
   *
   * @param args Spring Boot's command-line arguments, e.g. {@code --server.port=9090}
   */
  public static void main(String[] args) {
    SpringApplication.run(MoviesApplication.class, args);
  }
}
