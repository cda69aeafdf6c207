package io.hyper.connect;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;

/**
 * Names a generic document type, for reading documents whose type a {@code Class} cannot express.
 * Create it as an anonymous subclass:
 *
 * <pre>{@code
 * DocResult<Map<String, List<String>>> r =
 *     hyper.data().get("tags", new TypeRef<Map<String, List<String>>>() {});
 * }</pre>
 *
 * @param <T> the type to decode documents to
 */
public abstract class TypeRef<T> {
  private final Type type;

  /**
   * Captures the type argument of the anonymous subclass.
   *
   * @throws IllegalStateException when created without a type argument
   */
  protected TypeRef() {
    Type superclass = getClass().getGenericSuperclass();
    if (!(superclass instanceof ParameterizedType parameterized)) {
      throw new IllegalStateException(
          "TypeRef must be created with a type argument, e.g. new TypeRef<List<Movie>>() {}");
    }
    this.type = parameterized.getActualTypeArguments()[0];
  }

  /**
   * Returns the captured type.
   *
   * @return the type argument given at creation
   */
  public Type type() {
    return type;
  }

  @Override
  public String toString() {
    return "TypeRef<" + type.getTypeName() + ">";
  }
}
