package io.hyper.e2e;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** A typed document of the data and search tests: a record read back via {@code Class}. */
record Movie(@JsonProperty("_id") String id, String title, int year, List<String> genres) {}
