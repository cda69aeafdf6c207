package io.hyper.connect.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@link ListOptions}, {@link QueryOptions} and {@link SortField}: validation and immutability. */
class OptionsTest {

  static Stream<Arguments> invalidOptions() {
    return Stream.of(
        Arguments.of(
            (Supplier<?>) () -> ListOptions.builder().limit(0).build(), "limit must be > 0, was 0"),
        Arguments.of(
            (Supplier<?>) () -> ListOptions.builder().limit(-1).build(),
            "limit must be > 0, was -1"),
        Arguments.of(
            (Supplier<?>) () -> ListOptions.builder().startkey(" ").build(),
            "startkey must not be blank, was \" \""),
        Arguments.of(
            (Supplier<?>) () -> ListOptions.builder().endkey("").build(),
            "endkey must not be blank, was \"\""),
        Arguments.of(
            (Supplier<?>) () -> ListOptions.builder().keys(List.of()).build(),
            "keys must not be empty"),
        Arguments.of(
            (Supplier<?>) () -> ListOptions.builder().keys("a", null).build(),
            "keys[1] must not be null"),
        Arguments.of(
            (Supplier<?>) () -> ListOptions.builder().keys("a,b").build(),
            "keys[0] must not contain a comma (keys are sent comma-separated), was \"a,b\""),
        Arguments.of(
            (Supplier<?>) () -> QueryOptions.builder().limit(0).build(),
            "limit must be > 0, was 0"),
        Arguments.of(
            (Supplier<?>) () -> QueryOptions.builder().skip(-1).build(),
            "skip must be >= 0, was -1"),
        Arguments.of(
            (Supplier<?>) () -> QueryOptions.builder().useIndex(" ").build(),
            "useIndex must not be blank, was \" \""),
        Arguments.of(
            (Supplier<?>) () -> QueryOptions.builder().fields().build(),
            "fields must not be empty"),
        Arguments.of(
            (Supplier<?>) () -> QueryOptions.builder().fields("a", "").build(),
            "fields[1] must not be blank, was \"\""),
        Arguments.of(
            (Supplier<?>) () -> QueryOptions.builder().sort(new SortField[0]).build(),
            "sort must not be empty"),
        Arguments.of(
            (Supplier<?>)
                () -> QueryOptions.builder().sort(Arrays.asList(SortField.of("a"), null)).build(),
            "sort[1] must not be null"),
        Arguments.of(
            (Supplier<?>) () -> QueryOptions.builder().sort("a", " ").build(),
            "sort[1] must not be blank, was \" \""),
        Arguments.of((Supplier<?>) () -> SortField.desc(""), "field must not be blank, was \"\""));
  }

  @ParameterizedTest
  @MethodSource("invalidOptions")
  void invalidOptionsNameTheFieldAndTheValue(Supplier<?> build, String message) {
    assertThatThrownBy(build::get).isInstanceOf(IllegalArgumentException.class).hasMessage(message);
  }

  @Test
  void listOptionsAreImmutableAndComparable() {
    List<String> keys = new ArrayList<>(List.of("a", "b"));
    ListOptions options = ListOptions.builder().keys(keys).limit(3).build();
    keys.add("c");

    ListOptions changed = options.toBuilder().descending(true).build();

    assertThat(options.keys()).contains(List.of("a", "b"));
    assertThat(options.descending()).isFalse();
    assertThat(changed.descending()).isTrue();
    assertThat(changed.limit()).hasValue(3);
    assertThat(options).isEqualTo(ListOptions.builder().keys("a", "b").limit(3).build());
    assertThat(options).isNotEqualTo(changed);
    assertThatThrownBy(() -> options.keys().orElseThrow().add("d"))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void queryOptionsAreImmutableAndComparable() {
    QueryOptions options =
        QueryOptions.builder().fields("a").sort(SortField.desc("b")).limit(2).skip(1).build();

    QueryOptions changed = options.toBuilder().useIndex("idx").build();

    assertThat(options.useIndex()).isEmpty();
    assertThat(changed.useIndex()).contains("idx");
    assertThat(changed.sort()).contains(List.of(SortField.desc("b")));
    assertThat(options)
        .isEqualTo(
            QueryOptions.builder().fields("a").sort(SortField.desc("b")).limit(2).skip(1).build())
        .hasSameHashCodeAs(
            QueryOptions.builder().fields("a").sort(SortField.desc("b")).limit(2).skip(1).build());
    assertThat(QueryOptions.none().limit()).isEmpty();
  }

  @Test
  void sortFieldsKnowWhetherADirectionWasGiven() {
    assertThat(SortField.of("a").directionIfGiven()).isEmpty();
    assertThat(SortField.asc("a").directionIfGiven()).contains(SortField.Direction.ASC);
    assertThat(SortField.desc("a").direction()).isEqualTo(SortField.Direction.DESC);
  }
}
