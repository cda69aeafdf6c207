package io.hyper.local.opensearch;

import io.hyper.local.core.Json;
import io.hyper.local.core.search.IndexDefinition;
import io.hyper.local.core.search.SearchRules;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * How a hyper document becomes an OpenSearch document, and how an index's mapping looks.
 *
 * <p>An OpenSearch document is {@code {"doc":{…},"hyper":{"key":…,"stored":{…}},"text":{…},
 * "filter":[…]}}: {@code doc} is the document as given and {@code hyper} the key and the stored
 * fields a match returns, both kept in {@code _source} but not indexed ({@code enabled: false}), so
 * any JSON at all is accepted and comes back unchanged; {@code text.<field>} holds the terms of
 * each indexed field ({@link Terms}, indexed with the {@code whitespace} analyzer); {@code filter}
 * holds one exact-match keyword per stored field value. Field names are encoded ({@link
 * #fieldName(String)}), so a hyper field called {@code a.b} is no object path. The mapping is
 * {@code dynamic: false}: nothing else of a document is ever mapped, so documents of any shape
 * share an index.
 */
final class OsDocs {
  private static final int LONGEST_PLAIN_FILTER = 256;

  private OsDocs() {}

  /** The OpenSearch field of a hyper field's terms. */
  static String textField(String field) {
    return "text." + fieldName(field);
  }

  /** A field name OpenSearch takes as one plain name: {@code f} and the escaped hyper name. */
  static String fieldName(String field) {
    StringBuilder name = new StringBuilder("f");
    for (byte b : field.getBytes(StandardCharsets.UTF_8)) {
      char c = (char) (b & 0xff);
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_') {
        name.append(c);
      } else {
        name.append('-').append(java.util.HexFormat.of().toHexDigits(b));
      }
    }
    return name.length() <= LONGEST_PLAIN_FILTER ? name.toString() : "h" + IndexNames.sha256(field);
  }

  /** The {@code create} body of a new index: settings, its alias and its mapping. */
  static ObjectNode createBody(String name, String alias, IndexDefinition definition) {
    ObjectNode body = Json.object();
    // One shard: BM25 statistics are then the whole index's, so scores and order match the
    // embedded engine's; replicas stay the cluster's default.
    body.putObject("settings").put("index.number_of_shards", 1);
    body.putObject("aliases").putObject(alias);
    ObjectNode mappings = body.putObject("mappings");
    mappings.put("dynamic", "false");
    ObjectNode meta = mappings.putObject("_meta").putObject("hyper");
    meta.put("name", name);
    meta.set("definition", definition.toJson());
    ObjectNode properties = mappings.putObject("properties");
    properties.putObject("doc").put("type", "object").put("enabled", false);
    properties.putObject("hyper").put("type", "object").put("enabled", false);
    properties.putObject("filter").put("type", "keyword");
    ObjectNode text = properties.putObject("text").put("type", "object");
    ObjectNode fields = text.putObject("properties");
    for (String field : definition.fields()) {
      fields.putObject(fieldName(field)).put("type", "text").put("analyzer", "whitespace");
    }
    return body;
  }

  /** The OpenSearch document for {@code doc} under {@code key}. */
  static ObjectNode toSource(String key, ObjectNode doc, IndexDefinition definition) {
    ObjectNode source = Json.object();
    source.set("doc", doc);
    ObjectNode hyper = source.putObject("hyper");
    hyper.put("key", key);
    ObjectNode stored = hyper.putObject("stored");
    ArrayNode filter = source.putArray("filter");
    for (String field : definition.storeFields()) {
      JsonNode value = doc.get(field);
      if (value != null) {
        stored.set(field, value);
        filterTerm(field, value).ifPresent(filter::add);
      }
    }
    ObjectNode text = source.putObject("text");
    for (String field : definition.fields()) {
      ArrayNode terms = Json.MAPPER.createArrayNode();
      addTerms(terms, doc.get(field));
      if (!terms.isEmpty()) {
        text.set(fieldName(field), terms);
      }
    }
    return source;
  }

  /**
   * The keyword a stored field holding {@code value} is filtered by, or empty when no filter value
   * can equal it. Two values have the same keyword exactly when JavaScript's {@code ===} holds for
   * them ({@code 1} and {@code 1.0} are equal, a string and a number never are); objects and arrays
   * have none. The field's name is in the keyword, length first, so that no two fields' keywords
   * meet; long keywords are hashed (SHA-256) to stay within Lucene's term size.
   */
  static Optional<String> filterTerm(String field, JsonNode value) {
    return SearchRules.equalityKey(value)
        .map(term -> field.length() + ":" + field + "=" + term)
        .map(
            keyword ->
                keyword.length() <= LONGEST_PLAIN_FILTER
                    ? keyword
                    : "h:" + IndexNames.sha256(keyword));
  }

  /** Every string, number and boolean {@code value} holds, arrays and nested objects included. */
  private static void addTerms(ArrayNode terms, JsonNode value) {
    if (value == null || value.isNull()) {
      return;
    }
    if (value.isContainer()) {
      for (JsonNode item : value.values()) {
        addTerms(terms, item);
      }
    } else {
      Terms.of(value.asString()).forEach(terms::add);
    }
  }
}
