package dev.unidial.http;

import dev.unidial.AuthenticationException;
import dev.unidial.WireRequest;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Adds the credential headers to every attempt, and after a 401 asks the
 * {@link RequestAuth} for fresh credentials and tries once more. A 401 means the vendor
 * did not act on the request, so the second try is safe even for a create.
 */
final class AuthenticatingExecutor implements HttpExecutor {
    private final HttpExecutor next;
    private final RequestAuth auth;

    public AuthenticatingExecutor(HttpExecutor next, RequestAuth auth) {
        this.next = next;
        this.auth = auth;
    }

    @Override
    public WireResponse execute(WireRequest request) {
        Map<String, String> credentials = auth.headers();
        try {
            return next.execute(withCredentials(request, credentials));
        } catch (AuthenticationException e) {
            if (e.statusCode() == 401 && auth.refreshAfterRejection(credentials)) {
                return next.execute(withCredentials(request, auth.headers()));
            }
            throw e;
        }
    }

    @Override
    public CompletableFuture<WireResponse> executeAsync(WireRequest request) {
        Map<String, String> credentials;
        try {
            credentials = auth.headers();
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
        return next.executeAsync(withCredentials(request, credentials)).handle((response, error) -> {
            if (error == null) {
                return CompletableFuture.completedFuture(response);
            }
            Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
            if (cause instanceof AuthenticationException a && a.statusCode() == 401
                    && auth.refreshAfterRejection(credentials)) {
                return next.executeAsync(withCredentials(request, auth.headers()));
            }
            return CompletableFuture.<WireResponse>failedFuture(cause);
        }).thenCompose(f -> f);
    }

    private static WireRequest withCredentials(WireRequest request, Map<String, String> credentials) {
        WireRequest.Builder b = request.toBuilder();
        credentials.forEach(b::header);
        return b.build();
    }
}
