package io.hyper.examples;

import io.hyper.connect.Hyper;

/** The info service: which services this hyper runs. */
final class InfoExamples {
  private InfoExamples() {}

  static void run(Hyper hyper) {
    Show.heading("info");
    Show.ok("hyper.info.services", hyper.info().services());
  }
}
