package dev.unidial.http;

import dev.unidial.ApiConnectionException;
import dev.unidial.WireBody;
import dev.unidial.WireRequest;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import okhttp3.Call;
import okhttp3.Callback;
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
 * The innermost stage: the only code that calls OkHttp. It reads the whole body (error
 * bodies up to {@link #MAX_ERROR_BODY} bytes), and turns every I/O failure into an
 * {@link ApiConnectionException} that says whether it was a timeout and whether the request
 * may have reached the vendor.
 *
 * <p>Whether the request was sent is known from a network interceptor: OkHttp calls it only
 * once a connection is open and the request is about to be written. Bodies of requests that
 * are not idempotent are one-shot, which stops OkHttp's own silent retry from resending a
 * create once it has started writing it.
 */
public final class OkHttpExecutor implements HttpExecutor {
    /** Error bodies are read up to this many bytes; the rest is dropped. */
    public static final int MAX_ERROR_BODY = 1 << 20;

    private final OkHttpClient client;

    /** Wraps a client; the network interceptor is added on a derived client that shares its pool. */
    public OkHttpExecutor(OkHttpClient client) {
        this.client = client.newBuilder().addNetworkInterceptor(SentMarker.INSTANCE).build();
    }

    /** The client actually used, with the interceptor added. */
    OkHttpClient client() {
        return client;
    }

    @Override
    public WireResponse execute(WireRequest request) {
        AtomicBoolean sent = new AtomicBoolean();
        Call call = client.newCall(toOkHttp(request, sent));
        try (Response response = call.execute()) {
            return read(response);
        } catch (IOException e) {
            throw connectionFailure(request, e, sent.get());
        }
    }

    @Override
    public CompletableFuture<WireResponse> executeAsync(WireRequest request) {
        AtomicBoolean sent = new AtomicBoolean();
        CompletableFuture<WireResponse> future = new CompletableFuture<>();
        Call call = client.newCall(toOkHttp(request, sent));
        call.enqueue(new Callback() {
            @Override
            public void onResponse(Call c, Response response) {
                try (response) {
                    future.complete(read(response));
                } catch (IOException e) {
                    future.completeExceptionally(connectionFailure(request, e, true));
                } catch (RuntimeException e) {
                    future.completeExceptionally(e);
                }
            }

            @Override
            public void onFailure(Call c, IOException e) {
                future.completeExceptionally(connectionFailure(request, e, sent.get()));
            }
        });
        future.whenComplete((r, e) -> {
            if (future.isCancelled()) {
                call.cancel();
            }
        });
        return future;
    }

    private static Request toOkHttp(WireRequest request, AtomicBoolean sent) {
        Request.Builder b = new Request.Builder().url(request.url()).tag(AtomicBoolean.class, sent);
        request.headers().forEach(b::header);
        RequestBody body = request.body().map(wb -> toOkHttp(wb, !request.idempotent())).orElse(null);
        if (body == null && (request.method().equals("POST") || request.method().equals("PUT")
                || request.method().equals("PATCH"))) {
            body = RequestBody.create(new byte[0], null);
        }
        return b.method(request.method(), body).build();
    }

    private static RequestBody toOkHttp(WireBody body, boolean oneShot) {
        MediaType type = MediaType.parse(body.contentType());
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

    private static WireResponse read(Response response) throws IOException {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (String name : response.headers().names()) {
            headers.put(name.toLowerCase(Locale.ROOT), response.headers(name));
        }
        ResponseBody body = response.body();
        if (response.isSuccessful()) {
            return new WireResponse(response.code(), headers, body.bytes(), false);
        }
        BufferedSource source = body.source();
        boolean longer = source.request(MAX_ERROR_BODY + 1L);
        Buffer buffer = source.getBuffer();
        long length = Math.min(buffer.size(), MAX_ERROR_BODY);
        byte[] bytes = buffer.readByteArray(length);
        return new WireResponse(response.code(), headers, bytes, longer);
    }

    private static ApiConnectionException connectionFailure(WireRequest request, IOException e, boolean sent) {
        boolean timedOut = e instanceof SocketTimeoutException
                || (e instanceof InterruptedIOException && String.valueOf(e.getMessage()).contains("timeout"));
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
