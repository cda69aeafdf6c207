package io.hyper.connect.cache;

/**
 * A typed test value.
 *
 * @param title the title
 * @param year the year
 */
public record Album(String title, int year) {}
