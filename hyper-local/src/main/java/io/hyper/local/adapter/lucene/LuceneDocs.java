package io.hyper.local.adapter.lucene;

import io.hyper.local.core.Json;
import io.hyper.local.core.search.IndexDefinition;
import java.nio.charset.StandardCharsets;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.Term;
import org.apache.lucene.util.BytesRef;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * How a JSON document becomes a Lucene document: its key, its whole JSON ({@code _source}), the
 * JSON of its stored fields ({@code _stored}), one analysed field per indexed field ({@code
 * f.<name>}) and one exact-match term per stored field ({@code s.<name>}, see {@link FilterTerms}).
 */
final class LuceneDocs {
  static final String KEY = "_key";
  static final String SOURCE = "_source";
  static final String STORED = "_stored";

  private LuceneDocs() {}

  static String text(String field) {
    return "f." + field;
  }

  static String stored(String field) {
    return "s." + field;
  }

  static Term key(String key) {
    return new Term(KEY, key);
  }

  /** True when Lucene can index {@code key} as one term (at most 32766 UTF-8 bytes). */
  static boolean fits(String key) {
    return key.getBytes(StandardCharsets.UTF_8).length <= IndexWriter.MAX_TERM_LENGTH;
  }

  /**
   * The Lucene document for {@code doc} under {@code key}. An indexed field's text is every string,
   * number and boolean it holds, arrays and nested objects included.
   */
  static Document toLucene(String key, ObjectNode doc, IndexDefinition definition) {
    Document lucene = new Document();
    lucene.add(new StringField(KEY, key, Field.Store.YES));
    lucene.add(new StoredField(SOURCE, bytes(doc)));
    lucene.add(new StoredField(STORED, bytes(storedFields(doc, definition))));
    for (String field : definition.fields()) {
      addText(lucene, text(field), doc.get(field));
    }
    for (String field : definition.storeFields()) {
      JsonNode value = doc.get(field);
      if (value != null) {
        FilterTerms.of(value)
            .ifPresent(term -> lucene.add(new StringField(stored(field), term, Field.Store.NO)));
      }
    }
    return lucene;
  }

  /** The whole JSON document stored in {@code lucene}. */
  static ObjectNode source(Document lucene) {
    return json(lucene, SOURCE);
  }

  /** The stored fields of the document in {@code lucene}, as a match returns them. */
  static ObjectNode storedFields(Document lucene) {
    return json(lucene, STORED);
  }

  /**
   * The {@code storeFields} that {@code doc} has, with their values; kept apart from the whole
   * document so that a query reads and parses only this.
   */
  private static ObjectNode storedFields(ObjectNode doc, IndexDefinition definition) {
    ObjectNode stored = Json.object();
    for (String field : definition.storeFields()) {
      if (doc.has(field)) {
        stored.set(field, doc.get(field));
      }
    }
    return stored;
  }

  private static BytesRef bytes(ObjectNode json) {
    return new BytesRef(Json.MAPPER.writeValueAsBytes(json));
  }

  private static ObjectNode json(Document lucene, String field) {
    BytesRef bytes = lucene.getBinaryValue(field);
    return (ObjectNode) Json.MAPPER.readTree(bytes.bytes, bytes.offset, bytes.length);
  }

  private static void addText(Document lucene, String name, JsonNode value) {
    if (value == null || value.isNull()) {
      return;
    }
    if (value.isContainer()) {
      for (JsonNode item : value.values()) {
        addText(lucene, name, item);
      }
    } else {
      lucene.add(new TextField(name, value.asString(), Field.Store.NO));
    }
  }
}
