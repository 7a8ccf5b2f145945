package dev.unidial.opentelemetry;

import dev.unidial.ClientListener;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import java.net.URI;
import java.util.Locale;
import java.util.Objects;

/**
 * A {@link ClientListener} that traces what a client does through the OpenTelemetry API: one
 * {@code INTERNAL} span per neutral operation ({@code unidial.create}, {@code unidial.get}, …),
 * a child of whatever span is current when the operation starts, and one {@code CLIENT} span
 * per HTTP attempt inside it, named and attributed by OpenTelemetry's HTTP client conventions
 * ({@code http.request.method}, {@code server.address}, {@code server.port}, {@code url.full},
 * {@code http.response.status_code}, {@code error.type}, {@code http.request.resend_count}).
 * Both carry {@code unidial.provider}; the operation carries {@code unidial.campaign.id} where
 * it is known. No credential is ever an attribute: they travel in headers, which are not
 * recorded, and {@code url.full} has any webhook token redacted.
 *
 * <p>Give it to each client with {@code listener(UnidialTracing.of(openTelemetry))}.
 */
public final class UnidialTracing implements ClientListener {
    /** The provider's name, on every span. */
    public static final AttributeKey<String> PROVIDER = AttributeKey.stringKey("unidial.provider");
    /** The campaign's id, on an operation's span where it is known. */
    public static final AttributeKey<String> CAMPAIGN_ID = AttributeKey.stringKey("unidial.campaign.id");

    private static final AttributeKey<String> METHOD = AttributeKey.stringKey("http.request.method");
    private static final AttributeKey<String> SERVER_ADDRESS = AttributeKey.stringKey("server.address");
    private static final AttributeKey<Long> SERVER_PORT = AttributeKey.longKey("server.port");
    private static final AttributeKey<String> URL_FULL = AttributeKey.stringKey("url.full");
    private static final AttributeKey<Long> STATUS_CODE = AttributeKey.longKey("http.response.status_code");
    private static final AttributeKey<String> ERROR_TYPE = AttributeKey.stringKey("error.type");
    private static final AttributeKey<Long> RESEND_COUNT = AttributeKey.longKey("http.request.resend_count");

    private final Tracer tracer;

    private UnidialTracing(OpenTelemetry openTelemetry) {
        this.tracer = Objects.requireNonNull(openTelemetry, "openTelemetry").getTracer("dev.unidial");
    }

    /**
     * {@return a listener tracing through this OpenTelemetry}
     *
     * @param openTelemetry the application's instance (its SDK, or {@code GlobalOpenTelemetry.get()})
     */
    public static UnidialTracing of(OpenTelemetry openTelemetry) {
        return new UnidialTracing(openTelemetry);
    }

    @Override
    public OperationTrace operationStarted(Operation operation) {
        Span span = tracer.spanBuilder("unidial." + operation.name()).setSpanKind(SpanKind.INTERNAL)
                .setParent(Context.current()).setAttribute(PROVIDER, operation.provider()).startSpan();
        operation.campaignId().ifPresent(id -> span.setAttribute(CAMPAIGN_ID, id));
        Context parent = Context.current().with(span);
        return new OperationTrace() {
            @Override
            public ExchangeTrace exchangeStarted(Exchange exchange) {
                Span http = httpSpan(parent, operation.provider(), exchange);
                return new ExchangeTrace() {
                    @Override
                    public void exchangeEnded(ExchangeResult result) {
                        if (result.status().isPresent()) {
                            int status = result.status().getAsInt();
                            http.setAttribute(STATUS_CODE, (long) status);
                            if (status >= 400) {
                                http.setAttribute(ERROR_TYPE, Integer.toString(status));
                                http.setStatus(StatusCode.ERROR);
                            }
                        } else {
                            http.setAttribute(ERROR_TYPE, result.failure().map(f -> f.getClass().getName()).orElse("_OTHER"));
                            http.setStatus(StatusCode.ERROR);
                        }
                        http.end();
                    }
                };
            }

            @Override
            public void operationEnded(OperationResult result) {
                result.campaignId().ifPresent(id -> span.setAttribute(CAMPAIGN_ID, id));
                result.failure().ifPresent(f -> {
                    span.setAttribute(ERROR_TYPE, f.getClass().getName());
                    span.setStatus(StatusCode.ERROR);
                });
                span.end();
            }
        };
    }

    private Span httpSpan(Context parent, String provider, Exchange exchange) {
        String method = exchange.method().toUpperCase(Locale.ROOT);
        Span span = tracer.spanBuilder(method).setSpanKind(SpanKind.CLIENT).setParent(parent)
                .setAttribute(METHOD, method).setAttribute(URL_FULL, exchange.url()).setAttribute(PROVIDER, provider)
                .startSpan();
        try {
            URI uri = URI.create(exchange.url());
            if (uri.getHost() != null) {
                span.setAttribute(SERVER_ADDRESS, uri.getHost());
                int port = uri.getPort() >= 0 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
                span.setAttribute(SERVER_PORT, (long) port);
            }
        } catch (IllegalArgumentException e) {
            // A URL java.net.URI cannot read keeps only url.full.
        }
        if (exchange.attempt() > 0) {
            span.setAttribute(RESEND_COUNT, (long) exchange.attempt());
        }
        return span;
    }

    @Override
    public String toString() {
        return "UnidialTracing";
    }
}
