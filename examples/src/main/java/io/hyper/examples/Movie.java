package io.hyper.examples;

/** A typed document: records map to and from hyper's JSON documents. */
record Movie(String _id, String type, String title, String year) {}
