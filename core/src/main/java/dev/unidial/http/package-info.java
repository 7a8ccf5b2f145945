/**
 * The shared transport: the one place that talks to OkHttp and Jackson. A request passes
 * through small decorators, outermost first: {@link dev.unidial.http.RetryingExecutor},
 * {@link dev.unidial.http.AuthenticatingExecutor}, {@link dev.unidial.http.ErrorDecodingExecutor},
 * {@link dev.unidial.http.LoggingExecutor}, {@link dev.unidial.http.OkHttpExecutor}.
 * {@link dev.unidial.http.Transport} wires them from {@link dev.unidial.http.TransportSettings}.
 */
package dev.unidial.http;
