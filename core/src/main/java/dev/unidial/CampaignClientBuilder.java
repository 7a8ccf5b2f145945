package dev.unidial;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;

/**
 * What every vendor's client builder takes, whichever the vendor:
 * {@link CampaignClients#builder(String)} returns one for a provider named at run time, so
 * that a client made from settings can still take a clock, a sleeper, a journal or a pacer.
 *
 * <pre>{@code
 * CampaignClient client = CampaignClients.builder("kore")
 *         .settings(System.getenv())            // as CampaignClients.create reads them
 *         .journal(CampaignJournal.inDirectory(Path.of("var/unidial")))
 *         .build();
 * }</pre>
 *
 * Each vendor's own builder ({@code KoreClient.builder()}) implements it and adds its own
 * settings.
 *
 * @param <B> the builder itself
 */
public interface CampaignClientBuilder<B extends CampaignClientBuilder<B>> {
    /**
     * Applies settings keyed as environment variables, the way {@link CampaignClients#create}
     * applies them: a key missing or blank here is read from the environment; a key with the
     * {@code UNIDIAL_} prefix or this provider's own that no setting has is refused, naming the
     * closest; other keys are ignored. Settings applied later win over earlier ones.
     *
     * @param settings the values, such as {@code CALLKARO_API_KEY}
     * @return this builder
     * @throws IllegalArgumentException if a value is not valid, or a key is a misspelt setting
     */
    B settings(Map<String, String> settings);

    /**
     * Sets the vendor's base URL; https, or http on a loopback host (tests, simulators).
     *
     * @param baseUrl the base URL
     * @return this builder
     */
    B baseUrl(String baseUrl);

    /**
     * Sets the connect timeout; default 10 s.
     *
     * @param timeout the timeout
     * @return this builder
     */
    B connectTimeout(Duration timeout);

    /**
     * Sets the read and write timeout; default 60 s.
     *
     * @param timeout the timeout
     * @return this builder
     */
    B readTimeout(Duration timeout);

    /**
     * Sets the deadline for a whole exchange; default 5 min.
     *
     * @param timeout the timeout
     * @return this builder
     */
    B callTimeout(Duration timeout);

    /**
     * Sets the HTTP retries of the SDK's own requests; default 2.
     *
     * @param maxRetries the retries after the first attempt
     * @return this builder
     */
    B maxRetries(int maxRetries);

    /**
     * Sets the mapping policy: STRICT (default) refuses what the vendor cannot express, LENIENT
     * leaves it out and names it.
     *
     * @param policy the policy
     * @return this builder
     */
    B mappingPolicy(MappingPolicy policy);

    /**
     * Sets what "now" is, for {@code Retry-After} dates, scheduled starts and pacing; for tests.
     *
     * @param clock the clock
     * @return this builder
     */
    B clock(Clock clock);

    /**
     * Sets how to wait between retries and polls; for tests.
     *
     * @param sleeper the sleeper
     * @return this builder
     */
    B sleeper(Sleeper sleeper);

    /**
     * Sets the journal that makes creates with an idempotency key happen once.
     *
     * @param journal the journal
     * @return this builder
     */
    B journal(CampaignJournal journal);

    /**
     * Sets the listener that hears each operation and each HTTP exchange, for metrics and traces.
     *
     * @param listener the listener
     * @return this builder
     */
    B listener(ClientListener listener);

    /**
     * Sets the pacer every request waits for, to stay under the vendor's rate limit.
     *
     * @param pacer the pacer
     * @return this builder
     */
    B requestPacer(RequestPacer pacer);

    /**
     * {@return the client}
     *
     * @throws IllegalStateException if a required setting is missing (named)
     */
    CampaignClient build();
}
