/**
 * The rules of hyper's data service, independent of HTTP and of the storage engine: ids, document
 * validation, list/query/index/bulk arguments, and {@link io.hyper.local.core.data.DataService},
 * which applies them over a {@link io.hyper.local.port.DataPort}.
 */
package io.hyper.local.core.data;
