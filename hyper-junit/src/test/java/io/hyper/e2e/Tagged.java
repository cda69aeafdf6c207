package io.hyper.e2e;

import java.util.List;

/** A generic typed document, read back only through a {@code TypeRef}: a value with its tags. */
record Tagged<T>(T value, List<String> tags) {}
