/**
 * The data service: JSON documents in a database, with list, Mango queries, indexes and bulk
 * writes. {@link io.hyper.connect.data.DataService} is the service and {@link
 * io.hyper.connect.data.AsyncDataService} its async view; {@link
 * io.hyper.connect.data.ListOptions}, {@link io.hyper.connect.data.QueryOptions} and {@link
 * io.hyper.connect.data.SortField} are its options (static-import {@code SortField.asc/desc} to
 * build sort orders and index fields); {@link io.hyper.connect.data.Selectors} builds Mango
 * selectors, and {@link io.hyper.connect.data.Selector} is what a selector implements.
 */
package io.hyper.connect.data;
