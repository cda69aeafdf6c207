/**
 * The info service: what a hyper server runs. {@link io.hyper.connect.info.InfoService} is the
 * service and {@link io.hyper.connect.info.ServicesResult} its result.
 */
package io.hyper.connect.info;
