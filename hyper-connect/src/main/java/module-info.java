/**
 * The hyper-connect SDK. Only the API packages are exported; {@code io.hyper.connect.internal} and
 * its sub-packages are the implementation and may change in any release.
 */
module io.hyper.connect {
  requires transitive java.net.http;
  requires transitive tools.jackson.databind;
  requires com.fasterxml.jackson.annotation;

  exports io.hyper.connect;
  exports io.hyper.connect.cache;
  exports io.hyper.connect.data;
  exports io.hyper.connect.info;
  exports io.hyper.connect.json;
  exports io.hyper.connect.queue;
  exports io.hyper.connect.search;
  exports io.hyper.connect.storage;
}
