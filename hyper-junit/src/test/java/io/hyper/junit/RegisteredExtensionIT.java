package io.hyper.junit;

import static org.assertj.core.api.Assertions.assertThat;

import io.hyper.connect.Hyper;
import io.hyper.local.HyperLocal;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The extension with options: auth on, custom search fields. */
class RegisteredExtensionIT {
  @RegisterExtension
  static final HyperExtension HYPER =
      HyperExtension.builder()
          .appKey("test-key", "test-secret")
          .searchFields("title", "year")
          .build();

  private static HyperLocal server;

  @BeforeAll
  static void setUp(HyperLocal local) {
    server = local;
  }

  @Test
  void hyperLocalRunsWithAuthAndTheClientIsSigned(Hyper hyper) {
    assertThat(server.authEnabled()).isTrue();
    assertThat(hyper.data().add(Map.of("_id", "a")).status()).isEqualTo(201);
  }

  @Test
  void aClientWithTheWrongSecretIsRefused(Hyper hyper) {
    String domain = hyper.connectionString().path().substring(1);
    Hyper intruder =
        Hyper.connect(server.url().replace("://", "://test-key:wrong@") + "/" + domain);
    assertThat(intruder.data().list().status()).isEqualTo(401);
  }

  @Test
  void searchUsesTheConfiguredFields(Hyper hyper) {
    hyper.search().add("m1", Map.of("title", "Dune", "year", "2021", "plot", "desert"));
    assertThat(hyper.search().query("2021").matches()).hasSize(1);
    assertThat(hyper.search().query("desert").matches()).isEmpty();
  }
}
