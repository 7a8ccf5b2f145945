package dev.unidial.spring;

import dev.unidial.micrometer.UnidialMetrics;
import java.util.Locale;

/**
 * Counts what the webhook endpoint does with each delivery ({@code unidial.webhook.events}),
 * when the application has metrics. Its own type, so that the endpoint names no Micrometer
 * class and runs without it.
 */
interface WebhookMeter {
    /** Counts nothing. */
    WebhookMeter NONE = (provider, result) -> { };

    /**
     * Counts one delivery.
     *
     * @param provider the provider
     * @param result {@code handled}, {@code duplicate} or {@code refused}
     */
    void count(String provider, String result);

    /**
     * {@return a meter counting into these metrics}
     *
     * @param metrics the clients' metrics
     */
    static WebhookMeter of(UnidialMetrics metrics) {
        return (provider, result) -> metrics.webhookEvent(provider,
                UnidialMetrics.WebhookResult.valueOf(result.toUpperCase(Locale.ROOT)));
    }
}
