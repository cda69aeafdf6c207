package io.hyper.connect.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.hyper.connect.DocResult;
import io.hyper.connect.Hyper;
import io.hyper.connect.cache.CacheEntry;
import io.hyper.connect.cache.EntriesResult;
import io.hyper.connect.data.QueryOptions;
import io.hyper.connect.data.Selector;
import io.hyper.connect.data.Selectors;
import io.hyper.connect.data.SortField;
import io.hyper.connect.testing.RecordingServer;
import io.hyper.connect.testing.RecordingServer.Answer;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The document codec: lenient defaults, exact numbers, the app's mapper for documents and selectors
 * alike, and the SDK's own mapper for its wire types.
 */
class DocumentCodecIT {
  private static final BigDecimal BIG = new BigDecimal("12345678901234567.89");

  record Movie(String _id, String title, int year) {}

  record Priced(String _id, BigDecimal price, BigInteger count) {}

  record Album(String title, int year) {}

  record Release(String _id, Instant at) {}

  record Query(String title, int year) {}

  private RecordingServer server;

  @BeforeEach
  void start() {
    server = RecordingServer.start();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private Hyper connect(Hyper.Builder builder) {
    return builder.connectionString(server.url() + "/test").build();
  }

  private String body() {
    return server.takeRequest().bodyText();
  }

  @Test
  void theDefaultCodecIgnoresUnknownPropertiesAndDefaultsMissingOrNullPrimitives() {
    try (Hyper hyper = connect(Hyper.builder())) {
      server.enqueue(
          Answer.json(200, "{\"ok\":true,\"doc\":{\"_id\":\"m1\",\"title\":\"Dune\",\"x\":1}}"),
          Answer.json(
              200, "{\"ok\":true,\"doc\":{\"_id\":\"m2\",\"title\":\"Up\",\"year\":null}}"));

      assertThat(hyper.data().get("m1").doc(Movie.class)).isEqualTo(new Movie("m1", "Dune", 0));
      assertThat(hyper.data().get("m2").doc(Movie.class)).isEqualTo(new Movie("m2", "Up", 0));
    }
  }

  @Test
  void bigNumbersAreSentAsWrittenInDocumentsAndSelectors() {
    try (Hyper hyper = connect(Hyper.builder())) {
      server.fallback(Answer.json(200, "{\"ok\":true,\"id\":\"p\",\"docs\":[]}"));

      hyper.data().add(new Priced("p", BIG, new BigInteger("123456789012345678901234567890")));
      hyper.data().query(Selectors.eq("price", BIG));
      hyper.data().query(Map.of("price", Map.of("$gt", BIG)));
      hyper.data().query(Selectors.parse("{\"price\":12345678901234567.89}"));
      hyper.data().index("by-price", List.of(SortField.of("price")), Selectors.gt("price", BIG));

      assertThat(body())
          .isEqualTo(
              "{\"_id\":\"p\",\"price\":12345678901234567.89,"
                  + "\"count\":123456789012345678901234567890}");
      assertThat(body()).isEqualTo("{\"selector\":{\"price\":12345678901234567.89}}");
      assertThat(body()).isEqualTo("{\"selector\":{\"price\":{\"$gt\":12345678901234567.89}}}");
      assertThat(body()).isEqualTo("{\"selector\":{\"price\":12345678901234567.89}}");
      assertThat(body()).contains("\"partialFilter\":{\"price\":{\"$gt\":12345678901234567.89}}");
    }
  }

  @Test
  void bigNumbersAreReadAsWrittenIntoTypesAndMaps() {
    try (Hyper hyper = connect(Hyper.builder())) {
      String doc = "{\"_id\":\"p\",\"price\":12345678901234567.89,\"count\":1,\"rating\":7.5}";
      server.fallback(Answer.json(200, "{\"ok\":true,\"doc\":" + doc + "}"));

      DocResult r = hyper.data().get("p");

      assertThat(r.doc(Priced.class).price()).isEqualTo(BIG);
      // Untyped, a number a double cannot hold stays exact; one it can is a Double.
      assertThat(r.doc()).containsEntry("price", BIG).containsEntry("rating", 7.5);
      assertThat(r.doc(tools.jackson.databind.JsonNode.class).get("price").decimalValue())
          .isEqualTo(BIG);
    }
  }

  @Test
  void aDateIsWrittenByTheAppsMapperInADocumentAndInASelectorAlike() {
    JsonMapper timestamps =
        JacksonCodec.defaultMapper()
            .rebuild()
            .enable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DateTimeFeature.WRITE_DATE_TIMESTAMPS_AS_NANOSECONDS)
            .build();
    Instant at = Instant.parse("2024-01-02T03:04:05Z");
    LocalDate day = LocalDate.of(2024, 1, 2);
    for (Hyper.Builder builder :
        List.of(Hyper.builder(), Hyper.builder().objectMapper(timestamps))) {
      try (Hyper hyper = connect(builder)) {
        server.fallback(Answer.json(200, "{\"ok\":true,\"id\":\"r\",\"docs\":[]}"));

        hyper.data().add(new Release("r", at));
        hyper.data().query(Selectors.eq("at", at), QueryOptions.none());
        hyper.data().query(Map.of("at", at));
        hyper
            .data()
            .query(Selectors.and(Selectors.eq("day", day), Selectors.in("at", List.of(at))));

        String written = body().replace("{\"_id\":\"r\",\"at\":", "").replace("}", "");
        assertThat(body()).isEqualTo("{\"selector\":{\"at\":{\"$eq\":" + written + "}}}");
        assertThat(body()).isEqualTo("{\"selector\":{\"at\":" + written + "}}");
        assertThat(body()).contains("{\"at\":{\"$in\":[" + written + "]}}");
        assertThat(written).isIn("\"2024-01-02T03:04:05Z\"", "1704164645000");
      }
    }
  }

  @Test
  void anUpperCamelCaseMapperShapesDocumentsButNotTheSdksOwnTypes() {
    JsonMapper upper =
        JacksonCodec.defaultMapper()
            .rebuild()
            .propertyNamingStrategy(PropertyNamingStrategies.UPPER_CAMEL_CASE)
            .build();
    try (Hyper hyper = connect(Hyper.builder().objectMapper(upper))) {
      server.enqueue(
          Answer.json(201, "{\"ok\":true}"),
          Answer.json(
              200,
              "{\"ok\":true,\"docs\":[{\"key\":\"help\",\"value\":{\"Title\":\"Help\",\"Year\":1965}}]}"),
          Answer.json(201, "{\"ok\":true,\"id\":\"a1\"}"));

      assertThat(hyper.cache().add("help", new Album("Help", 1965)).ok()).isTrue();
      EntriesResult r = hyper.cache().query("h*");
      String id = hyper.data().add(Map.of("_id", "a1")).id();

      assertThat(body())
          .isEqualTo("{\"key\":\"help\",\"value\":{\"Title\":\"Help\",\"Year\":1965}}");
      assertThat(r.entries()).extracting(CacheEntry::key).containsExactly("help");
      assertThat(r.entries().get(0).value(Album.class)).isEqualTo(new Album("Help", 1965));
      assertThat(id).isEqualTo("a1");
    }
  }

  @Test
  void aWholeSelectorGivenAsARecordIsWrittenByTheAppsCodecAloneOrCombined() {
    JsonMapper upper =
        JacksonCodec.defaultMapper()
            .rebuild()
            .propertyNamingStrategy(PropertyNamingStrategies.UPPER_CAMEL_CASE)
            .build();
    Selector dune = Selectors.of(new Query("Dune", 1965));
    try (Hyper hyper = connect(Hyper.builder().objectMapper(upper))) {
      server.fallback(Answer.json(200, "{\"ok\":true,\"docs\":[]}"));

      hyper.data().query(dune);
      hyper.data().query(Selectors.and(dune, Selectors.gt("rating", 7)));
      hyper.data().query(Selectors.not(dune));
      hyper.data().query(Selectors.elemMatch("seen", dune));
      hyper.data().index("by-title", List.of(SortField.of("Title")), dune);

      String written = "{\"Title\":\"Dune\",\"Year\":1965}";
      assertThat(body()).isEqualTo("{\"selector\":" + written + "}");
      assertThat(body())
          .isEqualTo("{\"selector\":{\"$and\":[" + written + ",{\"rating\":{\"$gt\":7}}]}}");
      assertThat(body()).isEqualTo("{\"selector\":{\"$nor\":[" + written + "]}}");
      assertThat(body()).isEqualTo("{\"selector\":{\"seen\":{\"$elemMatch\":" + written + "}}}");
      assertThat(body()).contains("\"partialFilter\":" + written);
    }
    // Without a client it can only be shown, with Jackson's defaults.
    assertThat(dune.toString()).isEqualTo("{\"title\":\"Dune\",\"year\":1965}");
    assertThat(dune).isEqualTo(Selectors.of(new Query("Dune", 1965)));
    assertThat(dune).isNotEqualTo(Selectors.parse("{\"title\":\"Dune\",\"year\":1965}"));
  }

  @Test
  void anotherCodecIsUsedForEveryValueAndPayload() {
    DocumentCodec upperCase =
        new DocumentCodec() {
          @Override
          public byte[] encode(Object value) {
            return JacksonCodec.defaults().encode(Map.of("wrapped", value.toString()));
          }

          @Override
          public <T> T decode(byte[] json, java.lang.reflect.Type type) {
            return JacksonCodec.defaults().decode(json, type);
          }
        };
    try (Hyper hyper = connect(Hyper.builder().codec(upperCase))) {
      server.enqueue(
          Answer.json(201, "{\"ok\":true,\"id\":\"x\"}"),
          Answer.json(200, "{\"ok\":true,\"doc\":{\"_id\":\"x\",\"price\":12345678901234567.89}}"));

      hyper.data().add(new Album("Help", 1965));
      DocResult r = hyper.data().get("x");

      assertThat(body()).isEqualTo("{\"wrapped\":\"Album[title=Help, year=1965]\"}");
      assertThat(r.doc(Priced.class).price()).isEqualTo(BIG);
    }
  }
}
