/**
 * Engine choice: which adapter backs each service, picked by an engine URL ({@code sqlite:}, later
 * {@code postgres://…}), one {@link io.hyper.local.engine.EngineFactory} per scheme and port.
 */
package io.hyper.local.engine;
