package dev.unidial;

import dev.unidial.spi.ProviderDescriptor;
import dev.unidial.spi.Settings;
import java.util.Map;
import java.util.Objects;
import java.util.ServiceLoader;
import java.util.Set;

/**
 * Finds vendors by name, so an application can switch vendors by configuration:
 *
 * <pre>{@code
 * try (CampaignClient client = CampaignClients.create("ravan", Map.of("RAVAN_API_KEY", key))) {
 *     client.create(campaign);
 * }
 * }</pre>
 *
 * Vendors are found with {@link ServiceLoader} through their {@link ProviderDescriptor}; a
 * vendor is available when its module is on the class path.
 */
public final class CampaignClients {
    /** The setting naming the mapping policy ({@code STRICT} or {@code LENIENT}) for every provider. */
    public static final String MAPPING_POLICY = "UNIDIAL_MAPPING_POLICY";
    /** The setting naming {@code maxRetries}, the HTTP retries of the SDK's own requests, for every provider. */
    public static final String MAX_RETRIES = "UNIDIAL_MAX_RETRIES";

    private CampaignClients() {}

    /**
     * A new client for the named provider.
     *
     * @param provider a name such as {@code callkaro}; case-insensitive
     * @param settings the provider's settings, keyed as its environment variables (see the
     *     settings table in docs/settings.md); a key missing here is read from the environment
     * @return the client
     * @throws IllegalArgumentException if no such provider is on the class path, a setting is
     *     not valid, or a required one is missing (each named)
     */
    public static CampaignClient create(String provider, Map<String, String> settings) {
        Objects.requireNonNull(settings, "settings");
        return Settings.build(ProviderDescriptor.find(provider), Map.copyOf(settings));
    }

    /**
     * {@return a builder for the named provider's client, taking settings as {@link #create}
     * does and everything else a client takes (a clock, a sleeper, a journal, a pacer)}
     *
     * @param provider a name such as {@code kore}; case-insensitive
     * @throws IllegalArgumentException if no such provider is on the class path
     */
    public static CampaignClientBuilder<?> builder(String provider) {
        return ProviderDescriptor.find(provider).newBuilder();
    }

    /**
     * What the named provider can express, without building a client. A client's own
     * {@link CampaignClient#capabilities()} may add to it (CallKaro and Voiceable with an
     * account zone).
     *
     * @param provider a name such as {@code kore}; case-insensitive
     * @return its capabilities
     * @throws IllegalArgumentException if no such provider is on the class path
     */
    public static Capabilities capabilities(String provider) {
        return ProviderDescriptor.find(provider).capabilities();
    }

    /**
     * @return the names of the providers on the class path, sorted
     */
    public static Set<String> available() {
        return ProviderDescriptor.installedNames();
    }
}
