package dev.unidial;

import dev.unidial.spi.ProviderDescriptor;
import dev.unidial.spi.Settings;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeSet;

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
    /** Unidial's own providers; each lives in the artifact {@code unidial-<name>}. */
    private static final List<String> UNIDIAL_PROVIDERS = List.of("callkaro", "voiceable", "mrassistant", "kore", "ravan");

    private CampaignClients() {}

    /**
     * A new client for the named provider.
     *
     * @param provider a name such as {@code callkaro}; case-insensitive
     * @param settings the provider's settings, keyed as its environment variables (see the
     *     README's Settings table); a key missing here is read from the environment
     * @return the client
     * @throws IllegalArgumentException if no such provider is on the class path, a setting is
     *     not valid, or a required one is missing (each named)
     */
    public static CampaignClient create(String provider, Map<String, String> settings) {
        Objects.requireNonNull(settings, "settings");
        return Settings.build(descriptor(provider), Map.copyOf(settings));
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
        return descriptor(provider).capabilities();
    }

    /**
     * @return the names of the providers on the class path, sorted
     */
    public static Set<String> available() {
        Set<String> names = new TreeSet<>();
        descriptors().forEach(d -> names.add(d.name()));
        return names;
    }

    /**
     * @param provider a name such as {@code kore}; case-insensitive
     * @return the provider's descriptor
     * @throws IllegalArgumentException if no such provider is on the class path
     */
    public static ProviderDescriptor<?> descriptor(String provider) {
        Objects.requireNonNull(provider, "provider");
        for (ProviderDescriptor<?> d : descriptors()) {
            if (d.name().equalsIgnoreCase(provider)) {
                return d;
            }
        }
        Set<String> available = available();
        throw new IllegalArgumentException("No Unidial provider named '" + provider + "' is on the class path. "
                + (available.isEmpty() ? "None is." : "On the class path: " + String.join(", ", available) + ".")
                + " Unidial's providers and their artifacts: " + String.join(", ", UNIDIAL_PROVIDERS.stream()
                        .map(p -> p + " (dev.unidial:unidial-" + p + ")").toList())
                + "; add the one you need next to unidial-core.");
    }

    @SuppressWarnings("rawtypes")
    private static Iterable<ProviderDescriptor> descriptors() {
        return ServiceLoader.load(ProviderDescriptor.class);
    }
}
