/**
 * The Mango selector language of hyper's data service: the parser that turns a selector into a
 * {@link io.hyper.local.core.data.mango.Selector} tree, and the exact evaluator that decides
 * whether a document matches. Engines may translate the tree into their own query language, but
 * must agree with {@link io.hyper.local.core.data.mango.MangoMatcher}.
 */
package io.hyper.local.core.data.mango;
