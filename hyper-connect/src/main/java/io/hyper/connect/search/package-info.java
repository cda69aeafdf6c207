/**
 * The search service: full-text indexes of JSON documents. {@link
 * io.hyper.connect.search.SearchService} is the service, {@link
 * io.hyper.connect.search.SearchQueryOptions} the options of a query and {@link
 * io.hyper.connect.search.MatchesResult} its result.
 */
package io.hyper.connect.search;
