/**
 * The shared transport: the one place that talks to OkHttp and Jackson. A request passes
 * through small decorators, outermost first: retrying, authenticating, error decoding (with
 * redaction of every secret the request carries), logging, and OkHttp itself.
 * {@link dev.unidial.http.Transport} wires them from {@link dev.unidial.http.TransportSettings};
 * the decorators are package-private, so only what providers need is public.
 */
package dev.unidial.http;
