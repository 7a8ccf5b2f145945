package dev.unidial.micrometer;

import dev.unidial.ClientListener;
import dev.unidial.TargetOutcome;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A {@link ClientListener} that records what a client does in a Micrometer
 * {@link MeterRegistry}:
 * <ul>
 *   <li>{@value #REQUESTS} (timer): every HTTP attempt, tagged {@code provider},
 *       {@code operation} ({@code create}, {@code get}, …), {@code method}, {@code status}
 *       (the HTTP status, or {@code NONE} without an answer) and {@code outcome}
 *       ({@code SUCCESS}, {@code CLIENT_ERROR}, {@code SERVER_ERROR} or {@code UNKNOWN}, as
 *       Spring's {@code http.client.requests} has it);</li>
 *   <li>{@value #RETRIES} (counter): attempts after the first, tagged {@code provider} and
 *       {@code operation};</li>
 *   <li>{@value #TARGETS} (counter): the targets of each create, tagged {@code provider} and
 *       {@code outcome} ({@code queued}, {@code failed}, {@code uncertain});</li>
 *   <li>{@value #PACER_WAIT} (timer): how long each request waited for the client's request
 *       pacer (Kore.ai's rate limit), tagged {@code provider};</li>
 *   <li>{@value #WEBHOOK_EVENTS} (counter): webhook deliveries, tagged {@code provider} and
 *       {@code result} ({@code handled}, {@code duplicate}, {@code refused}), counted by whoever
 *       receives them with {@link #webhookEvent} (the Spring Boot starter's endpoint does).</li>
 * </ul>
 * Tags have few values: no campaign id, phone number or URL is ever a tag. Give it to each
 * client with {@code listener(UnidialMetrics.of(registry))}; one instance serves every client.
 */
public final class UnidialMetrics implements ClientListener {
    /** The timer of HTTP attempts. */
    public static final String REQUESTS = "unidial.client.requests";
    /** The counter of retries. */
    public static final String RETRIES = "unidial.client.retries";
    /** The counter of a create's targets by outcome. */
    public static final String TARGETS = "unidial.campaign.targets";

    /** The timer of waits for the request pacer. */
    public static final String PACER_WAIT = "unidial.pacer.wait";

    /** The counter of webhook deliveries. */
    public static final String WEBHOOK_EVENTS = "unidial.webhook.events";

    /** What became of a webhook delivery. */
    public enum WebhookResult {
        /** The first delivery of an event, handled. */
        HANDLED,
        /** A delivery of an event already handled. */
        DUPLICATE,
        /** A delivery that failed verification or was no call event. */
        REFUSED
    }

    private final MeterRegistry registry;

    private UnidialMetrics(MeterRegistry registry) {
        this.registry = Objects.requireNonNull(registry, "registry");
    }

    /**
     * {@return a listener recording into this registry}
     *
     * @param registry the application's registry
     */
    public static UnidialMetrics of(MeterRegistry registry) {
        return new UnidialMetrics(registry);
    }

    @Override
    public OperationTrace operationStarted(Operation operation) {
        String provider = operation.provider();
        String name = operation.name();
        return new OperationTrace() {
            @Override
            public ExchangeTrace exchangeStarted(Exchange exchange) {
                if (exchange.attempt() > 0) {
                    Counter.builder(RETRIES).description("HTTP attempts after the first")
                            .tag("provider", provider).tag("operation", name).register(registry).increment();
                }
                String method = exchange.method().toUpperCase(Locale.ROOT);
                return new ExchangeTrace() {
                    @Override
                    public void exchangeEnded(ExchangeResult result) {
                        String status = result.status().isPresent() ? Integer.toString(result.status().getAsInt()) : "NONE";
                        Timer.builder(REQUESTS).description("HTTP attempts of Unidial's clients")
                                .tag("provider", provider).tag("operation", name).tag("method", method)
                                .tag("status", status).tag("outcome", outcome(result))
                                .register(registry).record(result.duration());
                    }
                };
            }

            @Override
            public void waitedForPacer(Duration waited) {
                Timer.builder(PACER_WAIT).description("Waits for the request pacer before sending")
                        .tag("provider", provider).register(registry).record(waited);
            }

            @Override
            public void operationEnded(OperationResult result) {
                for (Map.Entry<TargetOutcome.State, Long> e : result.targets().entrySet()) {
                    Counter.builder(TARGETS).description("Targets of created campaigns, by outcome")
                            .tag("provider", provider).tag("outcome", e.getKey().name().toLowerCase(Locale.ROOT))
                            .register(registry).increment(e.getValue());
                }
            }
        };
    }

    /**
     * Counts a webhook delivery.
     *
     * @param provider the provider it came from, such as {@code ravan}
     * @param result what became of it
     */
    public void webhookEvent(String provider, WebhookResult result) {
        Counter.builder(WEBHOOK_EVENTS).description("Webhook deliveries, by result").tag("provider", provider)
                .tag("result", result.name().toLowerCase(Locale.ROOT)).register(registry).increment();
    }

    private static String outcome(ExchangeResult result) {
        if (result.status().isEmpty()) {
            return "UNKNOWN";
        }
        int status = result.status().getAsInt();
        if (status >= 200 && status < 400) {
            return "SUCCESS";
        }
        if (status >= 400 && status < 500) {
            return "CLIENT_ERROR";
        }
        return status >= 500 && status < 600 ? "SERVER_ERROR" : "UNKNOWN";
    }

    @Override
    public String toString() {
        return "UnidialMetrics[" + registry.getClass().getSimpleName() + "]";
    }
}
