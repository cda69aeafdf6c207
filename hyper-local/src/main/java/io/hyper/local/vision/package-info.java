/**
 * hyper vision, locally: the browse UI that hyper-local serves at {@code /_vision/} (static pages
 * shipped in the jar) and its read-only API under {@code /_vision/api/} for what hyper's REST API
 * cannot list.
 */
package io.hyper.local.vision;
