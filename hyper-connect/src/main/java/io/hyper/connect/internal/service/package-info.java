/**
 * The hidden implementations of the service interfaces. Each service has one {@code XxxCalls} class
 * that builds every action's {@link io.hyper.connect.internal.Call} (request and answer mapping,
 * written once), and two thin forms over it: {@code SyncXxx} sends each call on the calling thread,
 * {@code AsyncXxx} without blocking. {@link io.hyper.connect.internal.service.Services} makes them
 * for {@link io.hyper.connect.Hyper}.
 */
package io.hyper.connect.internal.service;
