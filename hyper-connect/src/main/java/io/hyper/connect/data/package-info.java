/**
 * The data service: JSON documents with Mango queries, plus the builders for its arguments — {@link
 * io.hyper.connect.data.Selectors} for selectors, {@link io.hyper.connect.data.Sort} for sort
 * orders and {@link io.hyper.connect.data.IndexFields} for index definitions.
 */
package io.hyper.connect.data;
