package dev.unidial.http;

import dev.unidial.ApiException;
import dev.unidial.Secret;
import dev.unidial.UnidialException;
import dev.unidial.WireRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Turns error answers into typed exceptions with the provider's {@link ErrorDecoder}, and
 * makes sure no secret reaches a message.
 *
 * <p>Every response leaves this stage knowing the secrets of its request: the credential
 * header values, the secrets the body carries ({@link WireRequest#secrets()}) and those the
 * auth holds ({@link RequestAuth#secrets()}). A response that becomes an exception is decoded
 * from a copy with those secrets removed, in any encoding; a successful one keeps its bytes
 * for parsing, and any message built from it later ({@link WireResponse#bodyText()},
 * {@link WireResponse#redact}) leaves them out.
 *
 * <p>A redirect (3xx) is never followed: it becomes an {@link ApiException} naming the
 * {@code Location}, so credentials never travel to another host.
 */
final class ErrorDecodingExecutor implements HttpExecutor {
    private final HttpExecutor next;
    private final ErrorDecoder decoder;
    private final Set<String> sensitive;
    private final RequestAuth auth;
    private final Json json;

    /** @param sensitive names of the request headers whose values must not show in errors */
    ErrorDecodingExecutor(HttpExecutor next, ErrorDecoder decoder, Set<String> sensitive, RequestAuth auth, Json json) {
        this.next = next;
        this.decoder = decoder;
        this.sensitive = LoggingExecutor.lowerCase(sensitive);
        this.auth = auth;
        this.json = json;
    }

    @Override
    public WireResponse execute(WireRequest request) {
        WireResponse response = next.execute(request).withRedactor(redactorFor(request));
        Optional<UnidialException> error = decode(request, response);
        if (error.isPresent()) {
            throw error.get();
        }
        return response;
    }

    @Override
    public CompletableFuture<WireResponse> executeAsync(WireRequest request) {
        Redactor redactor = redactorFor(request);
        return next.executeAsync(request).thenApply(raw -> {
            WireResponse response = raw.withRedactor(redactor);
            Optional<UnidialException> error = decode(request, response);
            if (error.isPresent()) {
                throw new CompletionException(error.get());
            }
            return response;
        });
    }

    private Optional<UnidialException> decode(WireRequest request, WireResponse response) {
        if (response.statusCode() >= 300 && response.statusCode() < 400) {
            return Optional.of(redirect(request, response.scrubbed(json.mapper())));
        }
        if (!response.isSuccessful()) {
            return decoder.decode(response.scrubbed(json.mapper()));
        }
        // A success is decoded as is (most are not errors); one that is, again from a scrubbed copy.
        Optional<UnidialException> error = decoder.decode(response);
        return error.isEmpty() ? error : decoder.decode(response.scrubbed(json.mapper()));
    }

    private static ApiException redirect(WireRequest request, WireResponse response) {
        String location = response.header("location").map(l -> "'" + Json.shorten(l) + "'").orElse("nowhere (no Location)");
        return ApiException.of(response.statusCode(), "The server answered " + request.method() + " " + request.url()
                + " with HTTP " + response.statusCode() + ", a redirect to " + location + ". Unidial never follows"
                + " redirects, so that credentials cannot reach another host, and nothing was sent there. If the vendor"
                + " has moved, set the base URL to its new address.", response.bodyText(), response.headers(),
                null, null);
    }

    /**
     * Everything secret about this request, as the values that must not show: taken now (the
     * auth's secrets may change after a refresh), gathered into values only when a message
     * is built from the answer.
     */
    private Redactor redactorFor(WireRequest request) {
        // Only what holds secrets is kept, not the request: an exception may outlive it, and its body may be large.
        Map<String, String> headers = request.headers();
        List<Secret> carried = request.secrets();
        List<Secret> held = List.copyOf(auth.secrets());
        return Redactor.lazy(() -> {
            List<String> secrets = new ArrayList<>();
            headers.forEach((name, value) -> {
                if (sensitive.contains(name.toLowerCase(Locale.ROOT))) {
                    secrets.add(value);
                    if (value.regionMatches(true, 0, "Bearer ", 0, 7)) {
                        secrets.add(value.substring(7));
                    }
                }
            });
            carried.forEach(s -> secrets.add(s.reveal()));
            held.forEach(s -> secrets.add(s.reveal()));
            return secrets;
        });
    }
}
