package io.hyper.examples;

import io.hyper.connect.Hyper;
import java.util.List;

/** Creates the services the examples use; an existing one (409) is fine. */
final class Setup {
  private Setup() {}

  static void services(Hyper hyper) {
    Show.heading("create the services");
    Show.result("hyper.data.create", hyper.data().create());
    Show.result("hyper.cache.create", hyper.cache().create());
    Show.result(
        "hyper.search.create",
        hyper.search().create(List.of("title", "type"), List.of("title", "type", "year")));
    Show.result("hyper.storage.create", hyper.storage().create());
  }
}
