/**
 * hyper-local: a hyper-compatible server on embedded engines, run in-process ({@link
 * io.hyper.local.HyperLocal}) or with {@code java -jar}.
 */
package io.hyper.local;
