package dev.unidial.http;

import dev.unidial.ApiConnectionException;
import dev.unidial.UnexpectedResponseException;
import dev.unidial.WireBody;
import dev.unidial.WireRequest;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.BufferedSink;
import okio.BufferedSource;

/**
 * The innermost stage: the only code that calls OkHttp. It reads the whole body, never more
 * than a bound (success bodies up to {@code maxResponseBytes}, error bodies up to
 * {@link #MAX_ERROR_BODY} bytes, both counted after gzip is undone, so neither an endless
 * body nor a gzip bomb can exhaust memory), gives each call an overall deadline
 * ({@code callTimeout}; streamed uploads, whose length is unknown, keep only their read and
 * write timeouts), and turns every I/O failure into an {@link ApiConnectionException} that
 * says whether it was a timeout and whether the request may have reached the vendor.
 *
 * <p>Whether the request was sent is known from a network interceptor: OkHttp calls it only
 * once a connection is open and the request is about to be written. Bodies of requests that
 * are not idempotent are one-shot, which stops OkHttp's own silent retry from resending a
 * create once it has started writing it.
 */
final class OkHttpExecutor implements HttpExecutor {
    /** Error bodies are read up to this many bytes; the rest is dropped. */
    public static final int MAX_ERROR_BODY = 1 << 20;

    private final OkHttpClient client;
    private final long maxResponseBytes;
    private final long callTimeoutMillis;

    /**
     * Wraps a client; the network interceptor is added on a derived client that shares its
     * pool, and redirects are switched off there, whatever the client passed in says.
     */
    OkHttpExecutor(OkHttpClient client, long maxResponseBytes, Duration callTimeout) {
        this.client = client.newBuilder()
                .followRedirects(false)
                .followSslRedirects(false)
                .addNetworkInterceptor(SentMarker.INSTANCE)
                .build();
        this.maxResponseBytes = maxResponseBytes;
        this.callTimeoutMillis = callTimeout.toMillis();
    }

    /** The client actually used, with the interceptor added. */
    OkHttpClient client() {
        return client;
    }

    @Override
    public WireResponse execute(WireRequest request) {
        AtomicBoolean sent = new AtomicBoolean();
        Call call = newCall(request, sent);
        try (Response response = call.execute()) {
            return read(response, streamed(request));
        } catch (AbortedUpload e) {
            throw e.reason();
        } catch (IOException e) {
            throw connectionFailure(request, e, sent.get());
        }
    }

    @Override
    public CompletableFuture<WireResponse> executeAsync(WireRequest request) {
        AtomicBoolean sent = new AtomicBoolean();
        CompletableFuture<WireResponse> future = new CompletableFuture<>();
        Call call;
        try {
            call = newCall(request, sent);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
        call.enqueue(new Callback() {
            @Override
            public void onResponse(Call c, Response response) {
                try (response) {
                    future.complete(read(response, streamed(request)));
                } catch (IOException e) {
                    future.completeExceptionally(connectionFailure(request, e, true));
                } catch (RuntimeException e) {
                    future.completeExceptionally(e);
                }
            }

            @Override
            public void onFailure(Call c, IOException e) {
                future.completeExceptionally(e instanceof AbortedUpload a ? a.reason() : connectionFailure(request, e, sent.get()));
            }
        });
        future.whenComplete((r, e) -> {
            if (future.isCancelled()) {
                call.cancel();
            }
        });
        return future;
    }

    private Call newCall(WireRequest request, AtomicBoolean sent) {
        Call call = client.newCall(toOkHttp(request, sent));
        if (!streamed(request)) {
            call.timeout().timeout(callTimeoutMillis, TimeUnit.MILLISECONDS);
        }
        return call;
    }

    private Request toOkHttp(WireRequest request, AtomicBoolean sent) {
        Request.Builder b = new Request.Builder().url(urls.get(request.url())).tag(AtomicBoolean.class, sent);
        request.headers().forEach((name, value) -> {
            int at = HeaderValues.firstInvalid(value);
            if (at >= 0) {
                // OkHttp's own message would quote the value, which may be a credential.
                throw new IllegalArgumentException("The value of header '" + name + "' has a character at position "
                        + (at + 1) + " that an HTTP header cannot carry; the value is not shown. Nothing was sent.");
            }
            b.header(name, value);
        });
        RequestBody body = request.body().map(wb -> toOkHttp(wb, !request.idempotent())).orElse(null);
        if (body == null && (request.method().equals("POST") || request.method().equals("PUT")
                || request.method().equals("PATCH"))) {
            body = RequestBody.create(new byte[0], null);
        }
        return b.method(request.method(), body).build();
    }

    /**
     * Remembers the last text parsed and what it parsed to. A client sends most of its
     * requests to one URL with one content type, and parsing either again is measurable in a
     * create: the URL's host, port and path segments are each checked, the content type
     * takes a regex.
     */
    private static final class LastParsed<T> {
        private record Entry<T>(String text, T value) {}

        private final Function<String, T> parse;
        private volatile Entry<T> last;

        LastParsed(Function<String, T> parse) {
            this.parse = parse;
        }

        T get(String text) {
            Entry<T> entry = last;
            if (entry == null || !entry.text().equals(text)) {
                entry = new Entry<>(text, parse.apply(text));
                last = entry;
            }
            return entry.value();
        }
    }

    private static final LastParsed<MediaType> MEDIA_TYPES = new LastParsed<>(MediaType::parse);
    private final LastParsed<HttpUrl> urls = new LastParsed<>(HttpUrl::get);

    private static RequestBody toOkHttp(WireBody body, boolean oneShot) {
        MediaType type = MEDIA_TYPES.get(body.contentType());
        return new RequestBody() {
            @Override
            public MediaType contentType() {
                return type;
            }

            @Override
            public long contentLength() {
                return body.contentLength();
            }

            @Override
            public boolean isOneShot() {
                return oneShot;
            }

            @Override
            public void writeTo(BufferedSink sink) throws IOException {
                body.writeTo(sink.outputStream());
            }
        };
    }

    /** A body whose length is only known by writing it: an upload that may rightly take long. */
    private static boolean streamed(WireRequest request) {
        return request.body().map(b -> b.contentLength() < 0).orElse(false);
    }

    private WireResponse read(Response response, boolean streamed) throws IOException {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (String name : response.headers().names()) {
            headers.put(name.toLowerCase(Locale.ROOT), response.headers(name));
        }
        ResponseBody body = response.body();
        BufferedSource source = body.source();
        if (streamed) {
            // The upload had no overall deadline; its answer gets one, from the first byte of it.
            // OkHttp clears the deadline when the body ends, before the connection is reused.
            source.timeout().deadline(callTimeoutMillis, TimeUnit.MILLISECONDS);
        }
        if (response.isSuccessful()) {
            // Content-Length is the compressed size when gzip is used, so the bytes are counted too.
            if (body.contentLength() > maxResponseBytes || source.request(maxResponseBytes + 1)) {
                throw new UnexpectedResponseException(response.code(), "The vendor's answer (HTTP " + response.code()
                        + ") is larger than maxResponseBytes (" + maxResponseBytes + " bytes), so it was not read."
                        + " The vendor may have acted on the request. Raise maxResponseBytes on the client builder"
                        + " if such answers are expected.", "", null);
            }
            return new WireResponse(response.code(), headers, source.readByteArray(), false);
        }
        boolean longer = source.request(MAX_ERROR_BODY + 1L);
        Buffer buffer = source.getBuffer();
        long length = Math.min(buffer.size(), MAX_ERROR_BODY);
        byte[] bytes = buffer.readByteArray(length);
        return new WireResponse(response.code(), headers, bytes, longer);
    }

    private static ApiConnectionException connectionFailure(WireRequest request, IOException e, boolean sent) {
        boolean timedOut = e instanceof SocketTimeoutException
                || (e instanceof InterruptedIOException && (String.valueOf(e.getMessage()).contains("timeout")
                        || String.valueOf(e.getMessage()).contains("deadline")));
        String what = timedOut ? "timed out" : "failed (" + e.getClass().getSimpleName()
                + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")";
        String hint = sent
                ? " The request may have reached the vendor, so it was not sent again automatically;"
                        + " check the vendor's dashboard before repeating it."
                : " The request was not sent.";
        return new ApiConnectionException(request.method() + " " + request.url() + " " + what + "." + hint, e,
                timedOut, sent);
    }

    /** Marks a call as sent once OkHttp is about to write it on an open connection. */
    private enum SentMarker implements Interceptor {
        INSTANCE;

        @Override
        public Response intercept(Chain chain) throws IOException {
            AtomicBoolean sent = chain.request().tag(AtomicBoolean.class);
            if (sent != null) {
                sent.set(true);
            }
            return chain.proceed(chain.request());
        }
    }
}
