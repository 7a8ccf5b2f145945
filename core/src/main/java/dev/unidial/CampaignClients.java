package dev.unidial;

import java.util.Map;
import java.util.Objects;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeSet;

/**
 * Finds vendor clients by name, so an application can switch vendors by configuration:
 *
 * <pre>{@code
 * try (CampaignClient client = CampaignClients.create("ravan", Map.of("RAVAN_API_KEY", key))) {
 *     client.create(campaign);
 * }
 * }</pre>
 *
 * Providers are found with {@link ServiceLoader}; a provider is available when its module
 * is on the class path.
 */
public final class CampaignClients {
    private CampaignClients() {}

    /**
     * A new client for the named provider.
     *
     * @param provider a name such as {@code callkaro}; case-insensitive
     * @param settings the provider's settings, keyed as its environment variables
     * @throws IllegalArgumentException if no such provider is on the class path, or a required setting is missing
     */
    public static CampaignClient create(String provider, Map<String, String> settings) {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(settings, "settings");
        for (CampaignClientProvider p : ServiceLoader.load(CampaignClientProvider.class)) {
            if (p.name().equalsIgnoreCase(provider)) {
                return p.create(Map.copyOf(settings));
            }
        }
        throw new IllegalArgumentException("No Unidial provider named '" + provider + "' is on the class path. "
                + "Available: " + available() + ". Add the unidial-" + provider.toLowerCase(java.util.Locale.ROOT)
                + " dependency.");
    }

    /** The names of the providers on the class path, sorted. */
    public static Set<String> available() {
        Set<String> names = new TreeSet<>();
        ServiceLoader.load(CampaignClientProvider.class).forEach(p -> names.add(p.name()));
        return names;
    }
}
