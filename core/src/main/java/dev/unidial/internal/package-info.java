/**
 * Plumbing that the model and the provider contract share. <strong>Not API</strong>: public
 * only so that the SDK's own packages can reach it; it changes without notice. Users program
 * against {@code dev.unidial}; provider authors against {@code dev.unidial.spi} and
 * {@code dev.unidial.http}.
 */
package dev.unidial.internal;
