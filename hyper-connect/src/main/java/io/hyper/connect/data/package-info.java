/**
 * The data service: JSON documents in a database, with list, Mango queries, indexes and bulk
 * writes. {@link io.hyper.connect.data.DataService} is the service; {@link
 * io.hyper.connect.data.ListOptions}, {@link io.hyper.connect.data.QueryOptions} and {@link
 * io.hyper.connect.data.SortField} are its options; {@link io.hyper.connect.data.Selector} is what
 * a query selector builder implements.
 */
package io.hyper.connect.data;
