package io.hyper.benchmarks;

/** Where the benchmarked hyper-local keeps its data. */
public enum Store {
  /** {@code HyperLocal.builder().inMemory()}: SQLite in memory, storage in a temporary dir. */
  MEMORY,
  /**
   * {@code HyperLocal.builder().dataDir(…)} (the CLI's {@code --dir}): a fresh temporary directory;
   * SQLite fsyncs every commit ({@code synchronous=FULL}).
   */
  DIR
}
