package io.hyper.examples.boot;

/**
 * The job {@link MovieController} enqueues for each new movie and {@link IndexWorker} receives.
 *
 * @param movieId the id of the movie to index
 */
public record IndexJob(String movieId) {}
