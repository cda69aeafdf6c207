package io.hyper.local.port;

/** How adding under a new key went, for ports whose add must not replace. */
public enum AddOutcome {
  /** Stored. */
  ADDED,
  /** The key holds a live entry already; nothing changed. */
  KEY_EXISTS,
  /** The container (store, index) does not exist; nothing changed. */
  NO_CONTAINER
}
