package dev.unidial.spring;

import dev.unidial.CampaignClients;
import dev.unidial.spi.ProviderDescriptor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.context.properties.source.IterableConfigurationPropertySource;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Environment;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;

/**
 * The {@code unidial.*} properties: each provider's settings in kebab case under its name
 * ({@code unidial.ravan.api-key} is {@code RAVAN_API_KEY}), the shared
 * {@code unidial.mapping-policy} and {@code unidial.max-retries}, and {@code unidial.webhooks.*}.
 * A provider is configured when any of its properties is set. A property under
 * {@code unidial.} that no one reads is refused, naming it.
 */
final class UnidialProperties {
    /** The webhook properties, with their defaults. */
    static final String WEBHOOKS_ENABLED = "unidial.webhooks.enabled";
    static final String WEBHOOKS_PATH = "unidial.webhooks.path";
    static final String WEBHOOKS_URL_TOKEN = "unidial.webhooks.url-token";
    static final String DEFAULT_WEBHOOKS_PATH = "/unidial/webhooks";
    /** MrAssistant's webhook secret, which its deliveries are signed with. */
    static final String MRASSISTANT_WEBHOOK_SECRET = "unidial.mrassistant.webhook-secret";

    private static final Map<String, String> SHARED = Map.of(
            "unidial.mapping-policy", CampaignClients.MAPPING_POLICY, "unidial.max-retries", CampaignClients.MAX_RETRIES);

    private final Map<String, Map<String, String>> settingsByProvider;

    private UnidialProperties(Map<String, Map<String, String>> settingsByProvider) {
        this.settingsByProvider = settingsByProvider;
    }

    /** {@return each property a provider reads, mapped to the setting it sets} */
    static Map<String, String> propertiesOf(String provider) {
        Map<String, String> properties = new LinkedHashMap<>();
        String prefix = provider.toUpperCase(Locale.ROOT) + "_";
        for (ProviderDescriptor.Setting<?> s : ProviderDescriptor.find(provider).settings()) {
            String rest = s.name().startsWith(prefix) ? s.name().substring(prefix.length()) : s.name();
            properties.put("unidial." + provider + "." + rest.toLowerCase(Locale.ROOT).replace('_', '-'), s.name());
        }
        return properties;
    }

    /**
     * Reads the properties.
     *
     * @param environment the application's
     * @return the settings of each configured provider
     * @throws UnidialConfigurationException naming a property under {@code unidial.} that no one reads
     */
    static UnidialProperties read(Environment environment) {
        Binder binder = Binder.get(environment);
        Map<String, Map<String, String>> configured = new TreeMap<>();
        Set<String> known = new TreeSet<>(SHARED.keySet());
        known.addAll(List.of(WEBHOOKS_ENABLED, WEBHOOKS_PATH, WEBHOOKS_URL_TOKEN, MRASSISTANT_WEBHOOK_SECRET));
        for (String provider : CampaignClients.available()) {
            Map<String, String> properties = propertiesOf(provider);
            known.addAll(properties.keySet());
            Map<String, String> settings = new LinkedHashMap<>();
            properties.forEach((property, setting) -> bound(binder, property).ifPresent(v -> settings.put(setting, v)));
            if (!settings.isEmpty()) {
                SHARED.forEach((property, setting) -> bound(binder, property).ifPresent(v -> settings.put(setting, v)));
                configured.put(provider, settings);
            }
        }
        requireKnown(environment, known);
        return new UnidialProperties(configured);
    }

    private static Optional<String> bound(Binder binder, String property) {
        return Optional.ofNullable(binder.bind(property, String.class).orElse(null)).map(String::trim)
                .filter(v -> !v.isEmpty());
    }

    /** Every {@code unidial.*} property of the application's files and arguments must be one the starter reads. */
    private static void requireKnown(Environment environment, Set<String> known) {
        if (!(environment instanceof ConfigurableEnvironment configurable)) {
            return;
        }
        List<String> unknown = new ArrayList<>();
        for (ConfigurationPropertySource source : ConfigurationPropertySources.get(configurable)) {
            boolean environmentVariables = source.getUnderlyingSource() instanceof PropertySource<?> ps
                    && StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME.equals(ps.getName());
            if (environmentVariables || !(source instanceof IterableConfigurationPropertySource iterable)) {
                continue; // the environment holds other programs' variables too
            }
            iterable.stream().map(ConfigurationPropertyName::toString).filter(n -> n.startsWith("unidial."))
                    .filter(n -> !known.contains(n)).forEach(unknown::add);
        }
        if (!unknown.isEmpty()) {
            String property = unknown.get(0);
            throw new UnidialConfigurationException(property, "Unknown property " + property + " under unidial.*; the"
                    + " properties are unidial.<provider>.<setting> for the providers on the class path ("
                    + String.join(", ", CampaignClients.available()) + "), unidial.mapping-policy, unidial.max-retries"
                    + " and unidial.webhooks.*");
        }
    }

    /** {@return the configured providers' settings, keyed as environment variables} */
    Map<String, Map<String, String>> settingsByProvider() {
        return settingsByProvider;
    }

    /**
     * {@return the text with each setting's name replaced by its property's}
     *
     * @param provider the provider
     * @param text a message naming settings, such as {@code RAVAN_API_KEY}
     */
    static String inPropertyNames(String provider, String text) {
        String out = text;
        for (Map.Entry<String, String> p : propertiesOf(provider).entrySet()) {
            out = out.replace(p.getValue(), p.getKey());
        }
        for (Map.Entry<String, String> p : SHARED.entrySet()) {
            out = out.replace(p.getValue(), p.getKey());
        }
        return out;
    }

    /**
     * {@return the property that sets this setting, for messages}
     *
     * @param provider the provider
     * @param setting the setting, such as {@code RAVAN_API_KEY}
     */
    static String propertyOf(String provider, String setting) {
        return propertiesOf(provider).entrySet().stream().filter(e -> e.getValue().equals(setting)).map(Map.Entry::getKey)
                .findFirst().orElse(SHARED.entrySet().stream().filter(e -> e.getValue().equals(setting))
                        .map(Map.Entry::getKey).findFirst().orElse(setting));
    }
}
