/**
 * A hyper-connect document codec over a Jackson 2 {@code ObjectMapper}. Named after the artifact;
 * the lint against a terminal digit is silenced because "jackson2" is the library's own name.
 */
@SuppressWarnings("module")
module io.hyper.connect.jackson2 {
  requires transitive io.hyper.connect;
  requires transitive com.fasterxml.jackson.databind;

  exports io.hyper.connect.jackson2;
}
