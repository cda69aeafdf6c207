package io.hyper.local.postgres.data;

import io.hyper.local.LocalConfig;
import io.hyper.local.engine.EngineFactory;
import io.hyper.local.engine.EngineUrl;
import io.hyper.local.port.DataPort;
import io.hyper.local.postgres.PgPool;

/**
 * Opens the data engine on PostgreSQL for {@code --data postgres://…} (also {@code postgresql:}):
 *
 * <pre>postgres://user:password@host[:port]/database[?schema=hyper&amp;pool=10]</pre>
 *
 * <ul>
 *   <li>{@code user}, {@code password}: percent-encoded; the password never appears in a message.
 *   <li>{@code port}: defaults to 5432.
 *   <li>{@code schema}: where the tables live, lower-case letters, digits and {@code _}, created if
 *       missing. Defaults to {@code hyper}. Instances given the same database and schema share
 *       their data; another schema is another, separate set of databases.
 *   <li>{@code pool}: the most connections this instance opens, 1 to 1000. Defaults to 10.
 * </ul>
 *
 * Any other parameter, a URL without host or database, or a bad value is refused with an {@link
 * IllegalArgumentException}. Reads take at most the server's read budget ({@code
 * LocalConfig.readBudget}) and answer 503 past it.
 */
public class PostgresDataFactory implements EngineFactory<DataPort> {
  /** The factory ServiceLoader instantiates. */
  public PostgresDataFactory() {}

  @Override
  public Class<DataPort> port() {
    return DataPort.class;
  }

  @Override
  public String scheme() {
    return "postgres";
  }

  @Override
  public DataPort open(EngineUrl url, LocalConfig config) {
    return PostgresDataStore.open(PgPool.open(url, "data"), config.readBudget());
  }

  /** The same engine under the scheme {@code postgresql:}, as libpq spells it. */
  public static final class Postgresql extends PostgresDataFactory {
    /** The factory ServiceLoader instantiates. */
    public Postgresql() {}

    @Override
    public String scheme() {
      return "postgresql";
    }
  }
}
