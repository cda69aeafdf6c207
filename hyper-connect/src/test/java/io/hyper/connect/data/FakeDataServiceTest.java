package io.hyper.connect.data;

import static org.assertj.core.api.Assertions.assertThat;

import io.hyper.connect.BulkResult;
import io.hyper.connect.DocResult;
import io.hyper.connect.DocsResult;
import io.hyper.connect.IdResult;
import io.hyper.connect.OkResult;
import io.hyper.connect.json.JacksonCodec;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An app can replace {@link DataService} with a fake of its own (no mocking library needed): the
 * service is an interface (its convenience overloads are default methods) and every result can be
 * built from public types.
 */
class FakeDataServiceTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** A map-backed data service, as an app's unit test would write it. */
  static final class InMemoryData implements DataService {
    private final Map<String, JsonNode> docs = new LinkedHashMap<>();

    @Override
    public OkResult create() {
      return new OkResult(true, 201, Optional.empty(), "data.create");
    }

    @Override
    public OkResult destroy(boolean confirm) {
      docs.clear();
      return new OkResult(true, 200, Optional.empty(), "data.destroy");
    }

    @Override
    public IdResult add(Object doc) {
      JsonNode node = JSON.valueToTree(doc);
      String id = node.path("_id").asString();
      if (docs.putIfAbsent(id, node) != null) {
        return new IdResult(false, 409, Optional.of("document conflict"), null, "data.add");
      }
      return new IdResult(true, 201, Optional.empty(), id, "data.add");
    }

    @Override
    public DocResult get(String id) {
      JsonNode doc = docs.get(id);
      return new DocResult(
          doc != null,
          doc != null ? 200 : 404,
          doc != null ? Optional.empty() : Optional.of("missing"),
          doc,
          JacksonCodec.defaults(),
          "data.get");
    }

    @Override
    public IdResult update(String id, Object doc) {
      docs.put(id, JSON.valueToTree(doc));
      return new IdResult(true, 200, Optional.empty(), id, "data.update");
    }

    @Override
    public IdResult remove(String id) {
      boolean had = docs.remove(id) != null;
      return new IdResult(had, had ? 200 : 404, Optional.empty(), had ? id : null, "data.remove");
    }

    @Override
    public DocsResult list(ListOptions options) {
      var array = JSON.createArrayNode();
      docs.values().forEach(array::add);
      return new DocsResult(
          true, 200, Optional.empty(), array, JacksonCodec.defaults(), "data.list");
    }

    @Override
    public DocsResult query(Object selector, QueryOptions options) {
      return list();
    }

    @Override
    public OkResult index(String name, String... fields) {
      return new OkResult(true, 201, Optional.empty(), "data.index");
    }

    @Override
    public OkResult index(String name, List<SortField> fields) {
      return index(name);
    }

    @Override
    public OkResult index(String name, List<SortField> fields, Object partialFilter) {
      return index(name);
    }

    @Override
    public BulkResult bulk(List<?> docs) {
      docs.forEach(this::add);
      return new BulkResult(true, 201, Optional.empty(), List.of(), "data.bulk");
    }

    @Override
    public AsyncDataService async() {
      throw new UnsupportedOperationException("this fake is sync only");
    }
  }

  record Movie(String _id, String title, int year) {}

  /** Code under test takes the interface, as an app's would. */
  static String titleOf(DataService data, String id) {
    DocResult r = data.get(id);
    return r.ok() ? r.doc(Movie.class).title() : "(none)";
  }

  @Test
  void codeWrittenAgainstTheInterfaceRunsOnAFake() {
    DataService data = new InMemoryData();

    assertThat(data.add(new Movie("m1", "Dune", 2021)).id()).isEqualTo("m1");
    assertThat(data.add(new Movie("m1", "Dune", 2021)).status()).isEqualTo(409);
    assertThat(titleOf(data, "m1")).isEqualTo("Dune");
    assertThat(titleOf(data, "m2")).isEqualTo("(none)");
    assertThat(data.list().docs(Movie.class)).containsExactly(new Movie("m1", "Dune", 2021));
  }
}
