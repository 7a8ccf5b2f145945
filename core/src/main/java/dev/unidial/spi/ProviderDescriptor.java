package dev.unidial.spi;

import dev.unidial.CampaignClient;
import dev.unidial.Capabilities;
import dev.unidial.http.ErrorDecoder;
import dev.unidial.http.Json;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * One vendor, declared once: its name, default base URL, the settings it reads, its error
 * decoder, what it can express, and how to start its client builder. Core reads it to build
 * a client from settings ({@link dev.unidial.CampaignClients#create}), to wire the transport
 * ({@link AbstractClientBuilder#transport}) and to answer
 * {@link dev.unidial.CampaignClients#capabilities} without building a client.
 *
 * <p>A provider module registers its descriptor in
 * {@code META-INF/services/dev.unidial.spi.ProviderDescriptor}; implementations have a public
 * no-argument constructor and hold no state.
 *
 * @param <B> the vendor's client builder
 */
public interface ProviderDescriptor<B extends AbstractClientBuilder<B>> {
    /**
     * {@return the installed provider of this name, found with {@link java.util.ServiceLoader}}
     *
     * @param provider a name such as {@code kore}; case-insensitive
     * @throws IllegalArgumentException if no such provider is on the class path: the message
     *     names the ones that are, and Unidial's artifacts
     */
    static ProviderDescriptor<?> find(String provider) {
        return ProviderDescriptors.find(provider);
    }

    /** {@return the names of the providers on the class path, sorted} */
    static Set<String> installedNames() {
        return ProviderDescriptors.installedNames();
    }


    /** @return the provider's name, as in {@link CampaignClient#provider()}: {@code "kore"} */
    String name();

    /** @return the vendor's name for messages: {@code "Kore.ai"} */
    String displayName();

    /** @return the vendor's documented base URL, or empty when it documents none (one must be set) */
    Optional<String> defaultBaseUrl();

    /**
     * @return every setting the vendor's client reads, keyed as environment variables, besides
     *     the ones every provider shares ({@link Settings#MAPPING_POLICY}, {@link Settings#MAX_RETRIES})
     */
    List<Setting<B>> settings();

    /** @return what the vendor can express with no client setting (a setting may add to it) */
    Capabilities capabilities();

    /**
     * @param json the codec the decoder reads bodies with
     * @param clock the clock {@code Retry-After} dates are read against
     * @return the decoder that turns the vendor's error answers into typed exceptions
     */
    ErrorDecoder errorDecoder(Json json, Clock clock);

    /** @return a new, empty client builder */
    B newBuilder();

    /**
     * {@return how this vendor's webhook bodies read as call events; empty when the vendor
     * documents no call webhooks}
     */
    default Optional<CallEventParser> callEvents() {
        return Optional.empty();
    }

    /**
     * One setting: its environment-variable name, what it means, and how it is applied to the
     * builder.
     *
     * @param name the key ({@code KORE_APP_ID}); read from the settings map, else the environment
     * @param meaning what it is, for docs/settings.md and messages
     * @param apply sets it on the builder
     * @param <B> the builder
     */
    record Setting<B>(String name, String meaning, BiConsumer<B, String> apply) {}
}
