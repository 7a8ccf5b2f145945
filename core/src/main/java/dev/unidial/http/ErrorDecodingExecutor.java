package dev.unidial.http;

import dev.unidial.UnidialException;
import dev.unidial.WireRequest;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Turns error answers into typed exceptions with the provider's {@link ErrorDecoder}.
 * Before decoding, any credential value the request carried is cut out of the body, so a
 * vendor that echoes a key back cannot leak it into an exception message.
 */
public final class ErrorDecodingExecutor implements HttpExecutor {
    private final HttpExecutor next;
    private final ErrorDecoder decoder;
    private final java.util.Set<String> sensitive;

    /** @param sensitive names of the request headers whose values must not show in errors */
    public ErrorDecodingExecutor(HttpExecutor next, ErrorDecoder decoder, java.util.Set<String> sensitive) {
        this.next = next;
        this.decoder = decoder;
        this.sensitive = LoggingExecutor.lowerCase(sensitive);
    }

    @Override
    public WireResponse execute(WireRequest request) {
        WireResponse response = next.execute(request);
        Optional<UnidialException> error = decode(request, response);
        if (error.isPresent()) {
            throw error.get();
        }
        return response;
    }

    @Override
    public CompletableFuture<WireResponse> executeAsync(WireRequest request) {
        return next.executeAsync(request).thenApply(response -> {
            Optional<UnidialException> error = decode(request, response);
            if (error.isPresent()) {
                throw new CompletionException(error.get());
            }
            return response;
        });
    }

    private Optional<UnidialException> decode(WireRequest request, WireResponse response) {
        return decoder.decode(scrub(response, secretsOf(request)));
    }

    private Collection<String> secretsOf(WireRequest request) {
        return request.headers().entrySet().stream()
                .filter(e -> sensitive.contains(e.getKey().toLowerCase(java.util.Locale.ROOT)))
                .map(e -> e.getValue())
                .flatMap(v -> v.startsWith("Bearer ") ? java.util.stream.Stream.of(v, v.substring(7))
                        : java.util.stream.Stream.of(v))
                .filter(v -> v.length() >= 6)
                .toList();
    }

    static WireResponse scrub(WireResponse response, Collection<String> secrets) {
        if (secrets.isEmpty() || response.body().length == 0) {
            return response;
        }
        String text = response.bodyText();
        String scrubbed = text;
        for (String secret : secrets) {
            scrubbed = scrubbed.replace(secret, LoggingExecutor.REDACTED);
        }
        return scrubbed.equals(text) ? response : response.withBody(scrubbed.getBytes(StandardCharsets.UTF_8));
    }
}
