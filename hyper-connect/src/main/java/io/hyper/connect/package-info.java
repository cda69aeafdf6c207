/**
 * The hyper-connect SDK: the {@link io.hyper.connect.Hyper} entry point, {@link
 * io.hyper.connect.ConnectionString}, the result types shared by every service ({@link
 * io.hyper.connect.Result} and its records) and the exception family rooted at {@link
 * io.hyper.connect.HyperException}.
 *
 * <p>Each hyper service has its own sub-package holding the service type, its options and its
 * results: {@code io.hyper.connect.data}, {@code .cache}, {@code .info} (and more to come).
 */
package io.hyper.connect;
