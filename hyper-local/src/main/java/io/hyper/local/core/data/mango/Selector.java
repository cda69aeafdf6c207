package io.hyper.local.core.data.mango;

import java.util.List;
import java.util.Objects;

/**
 * A parsed Mango selector: combinators over field conditions.
 *
 * <p>Built by {@link MangoParser}; evaluated by {@link MangoMatcher}. An empty {@link And} matches
 * every document.
 */
public sealed interface Selector {

  /** Matches when every part matches; with no parts, matches everything. */
  record And(List<Selector> parts) implements Selector {
    /** Copies the parts. */
    public And {
      parts = List.copyOf(parts);
    }
  }

  /** Matches when at least one part matches. */
  record Or(List<Selector> parts) implements Selector {
    /** Copies the parts. */
    public Or {
      parts = List.copyOf(parts);
    }
  }

  /** Matches when no part matches. */
  record Nor(List<Selector> parts) implements Selector {
    /** Copies the parts. */
    public Nor {
      parts = List.copyOf(parts);
    }
  }

  /** Matches when {@code inner} does not. */
  record Not(Selector inner) implements Selector {
    /** Checks the inner selector. */
    public Not {
      Objects.requireNonNull(inner, "inner");
    }
  }

  /**
   * Matches when the value at {@code path} (a dotted path split at its dots) satisfies {@code
   * condition}. A missing value is passed to the condition as absent.
   */
  record Field(List<String> path, Condition condition) implements Selector {
    /** Copies the path and checks the condition. */
    public Field {
      path = List.copyOf(path);
      Objects.requireNonNull(condition, "condition");
    }
  }
}
