package io.hyper.local.core.search;

/**
 * What a term is (§11 Q6): text is split on whitespace and punctuation, and each piece is
 * lower-cased. No stemming, no stop words. Documents and queries are split the same way, so {@code
 * wars!} finds {@code Wars} and {@code alien (1979)} is just the terms {@code alien} and {@code
 * 1979}.
 */
public final class SearchText {
  private SearchText() {}

  /**
   * True when {@code codePoint} belongs to a term: anything but whitespace, separators, control
   * characters and Unicode punctuation ({@code P*} categories: {@code . , ; : ! ? ' " ( ) [ ] { } -
   * _ / \ @ # % & *} and the like). Symbols such as {@code $ + < = > ^ | ~} stay in terms.
   */
  public static boolean isTermChar(int codePoint) {
    if (Character.isWhitespace(codePoint)
        || Character.isSpaceChar(codePoint)
        || Character.isISOControl(codePoint)) {
      return false;
    }
    switch (Character.getType(codePoint)) {
      case Character.CONNECTOR_PUNCTUATION:
      case Character.DASH_PUNCTUATION:
      case Character.START_PUNCTUATION:
      case Character.END_PUNCTUATION:
      case Character.INITIAL_QUOTE_PUNCTUATION:
      case Character.FINAL_QUOTE_PUNCTUATION:
      case Character.OTHER_PUNCTUATION:
        return false;
      default:
        return true;
    }
  }
}
