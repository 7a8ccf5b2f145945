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
        Set<String> available = available();
        throw new IllegalArgumentException("No Unidial provider named '" + provider + "' is on the class path. "
                + (available.isEmpty() ? "None is." : "On the class path: " + String.join(", ", available) + ".")
                + " Unidial's providers and their artifacts: " + String.join(", ", UNIDIAL_PROVIDERS.stream()
                        .map(p -> p + " (dev.unidial:unidial-" + p + ")").toList())
                + "; add the one you need next to unidial-core.");
    }

    /** Unidial's own providers; each lives in the artifact {@code unidial-<name>}. */
    private static final java.util.List<String> UNIDIAL_PROVIDERS =
            java.util.List.of("callkaro", "voiceable", "mrassistant", "kore", "ravan");

    /** The names of the providers on the class path, sorted. */
    public static Set<String> available() {
        Set<String> names = new TreeSet<>();
        ServiceLoader.load(CampaignClientProvider.class).forEach(p -> names.add(p.name()));
        return names;
    }
}
