package io.hyper.e2e;

/** A typed cache value: a record read back via {@code Class}. */
record Album(String title, String band, int year) {}
