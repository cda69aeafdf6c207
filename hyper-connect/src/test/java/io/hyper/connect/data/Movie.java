package io.hyper.connect.data;

/**
 * A typed test document.
 *
 * @param _id the id
 * @param title the title
 * @param year the year
 */
public record Movie(String _id, String title, int year) {}
