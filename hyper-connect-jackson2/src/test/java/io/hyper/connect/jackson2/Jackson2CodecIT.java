package io.hyper.connect.jackson2;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import io.hyper.connect.DocResult;
import io.hyper.connect.Hyper;
import io.hyper.connect.data.Selectors;
import io.hyper.local.HyperLocal;
import java.math.BigDecimal;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A Jackson 2 app's annotated records round-trip through a real hyper-local. */
class Jackson2CodecIT {
  /** Jackson 3 ignores {@code @JsonNaming} and {@code @JsonSerialize} from Jackson 2. */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  record Film(
      @JsonProperty("_id") String id,
      String originalTitle,
      @JsonSerialize(using = ToStringSerializer.class) long boxOffice,
      BigDecimal rating) {}

  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  record TitleIs(String originalTitle) {}

  /** Written as its text by Jackson 2 (as {@code box_office} is stored); Jackson 3 cannot. */
  @JsonSerialize(using = ToStringSerializer.class)
  record Gross(long value) {
    @Override
    public String toString() {
      return Long.toString(value);
    }
  }

  private static HyperLocal server;
  private static Hyper hyper;

  @BeforeAll
  static void start() {
    server = HyperLocal.builder().inMemory().start();
    hyper =
        Hyper.builder()
            .connectionString(server.connectionString("films"))
            .codec(Jackson2Codec.of(new ObjectMapper()))
            .build();
    hyper.data().create().orThrow();
  }

  @AfterAll
  static void stop() {
    hyper.close();
    server.close();
  }

  @Test
  void anAnnotatedRecordRoundTripsAndIsStoredInItsOwnShape() {
    // (hyper-local stores numbers as doubles: exactness beyond that is the SDK's, tested there.)
    Film dune = new Film("f1", "Dune", 402_000_000L, new BigDecimal("8.25"));

    assertThat(hyper.data().add(dune).id()).isEqualTo("f1");
    DocResult r = hyper.data().get("f1");

    assertThat(r.doc(Film.class)).isEqualTo(dune);
    assertThat(r.doc())
        .containsEntry("_id", "f1")
        .containsEntry("original_title", "Dune")
        .containsEntry("box_office", "402000000")
        .containsEntry("rating", 8.25);
  }

  @Test
  void selectorsBuiltFromAnnotatedValuesMatchWhatWasStored() {
    hyper.data().add(new Film("f2", "Alien", 184_000_000L, BigDecimal.ONE)).orThrow();

    assertThat(hyper.data().query(new TitleIs("Alien")).docs(Film.class))
        .extracting(Film::id)
        .containsExactly("f2");
    // A whole annotated record as a selector, alone or combined: the app's mapper writes it.
    assertThat(hyper.data().query(Selectors.of(new TitleIs("Alien"))).docs(Film.class))
        .extracting(Film::id)
        .containsExactly("f2");
    assertThat(
            hyper
                .data()
                .query(
                    Selectors.and(Selectors.of(new TitleIs("Alien")), Selectors.exists("rating")))
                .docs(Film.class))
        .extracting(Film::id)
        .containsExactly("f2");
    assertThat(hyper.data().query(Selectors.eq("box_office", "184000000")).docs(Film.class))
        .extracting(Film::id)
        .containsExactly("f2");
    // A Jackson 2-annotated operand, encoded by the app's mapper like the stored document.
    assertThat(
            hyper
                .data()
                .query(Selectors.eq("box_office", new Gross(184_000_000L)))
                .docs(Film.class))
        .extracting(Film::id)
        .containsExactly("f2");
  }
}
