package io.hyper.local.core.data;

import io.hyper.local.core.HyperError;

/** The data service's errors, worded as hyper nano words them. */
public final class DataErrors {
  private DataErrors() {}

  /** 404: the database does not exist. */
  public static HyperError noDatabase() {
    return HyperError.notFound("database does not exist");
  }

  /** 409: the database exists already. */
  public static HyperError databaseExists() {
    return HyperError.conflict("database already exists");
  }

  /** 404: no document has this id. */
  public static HyperError noDocument(String id) {
    return HyperError.notFound("document with _id " + id + " does not exist");
  }

  /** 409: a document has this id already. */
  public static HyperError documentExists(String id) {
    return HyperError.conflict("document with _id " + id + " already exists");
  }

  /** 400: the document has no properties. */
  public static HyperError documentEmpty() {
    return HyperError.badRequest("document empty");
  }
}
