package dev.unidial.spi;

import dev.unidial.CampaignClient;
import dev.unidial.CampaignClients;
import dev.unidial.MappingPolicy;
import dev.unidial.internal.Violations;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Settings keyed as environment variables: where {@link dev.unidial.CampaignClients#create}
 * and each client's {@code fromEnv()} read them, and how a descriptor's settings become a
 * client. A value in the map wins; a blank or missing one falls back to the environment.
 */
public final class Settings {
    /** The setting naming the mapping policy ({@code STRICT} or {@code LENIENT}) for every provider. */
    public static final String MAPPING_POLICY = CampaignClients.MAPPING_POLICY;
    /** The setting naming {@code maxRetries} for every provider. */
    public static final String MAX_RETRIES = CampaignClients.MAX_RETRIES;

    private Settings() {}

    /**
     * A client of this vendor from settings: the shared ones, then each the descriptor
     * declares, then the builder's own checks.
     *
     * @param descriptor the vendor
     * @param settings values keyed as environment variables
     * @param <B> the vendor's builder
     * @return the client
     * @throws IllegalArgumentException if a value is not valid or a required one is missing (named)
     */
    public static <B extends AbstractClientBuilder<B>> CampaignClient build(ProviderDescriptor<B> descriptor,
            Map<String, String> settings) {
        B builder = descriptor.newBuilder();
        value(settings, MAPPING_POLICY).ifPresent(v -> {
            try {
                builder.mappingPolicy(MappingPolicy.valueOf(v.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(MAPPING_POLICY + " must be STRICT or LENIENT, but is '" + v + "'", e);
            }
        });
        value(settings, MAX_RETRIES).ifPresent(v -> apply(MAX_RETRIES, () -> builder.maxRetries(wholeNumber(MAX_RETRIES, v))));
        for (ProviderDescriptor.Setting<B> s : descriptor.settings()) {
            value(settings, s.name()).ifPresent(v -> apply(s.name(), () -> s.apply().accept(builder, v)));
        }
        try {
            return builder.build();
        } catch (IllegalStateException missing) {
            throw new IllegalArgumentException(missing.getMessage(), missing);
        }
    }

    /** Applies one setting; a refusal that does not name the setting is made to. */
    private static void apply(String name, Runnable set) {
        try {
            set.run();
        } catch (IllegalArgumentException e) {
            String message = String.valueOf(e.getMessage());
            throw message.startsWith(name) ? e : new IllegalArgumentException(name + ": " + message, e);
        }
    }

    /**
     * {@return a setting's value as a whole number}
     *
     * @param setting the setting's name, for the message
     * @param value the value
     * @throws IllegalArgumentException naming the setting, if the value is not a whole number
     */
    public static int wholeNumber(String setting, String value) {
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(setting + " must be a whole number, but is '"
                    + Violations.printable(value) + "'");
        }
    }

    /**
     * @param settings values keyed as environment variables
     * @param name the key
     * @return the trimmed value from the map, else from the environment; empty when blank or missing
     */
    public static Optional<String> value(Map<String, String> settings, String name) {
        String v = settings.get(name);
        if (v == null || v.isBlank()) {
            v = System.getenv(name);
        }
        return v == null || v.isBlank() ? Optional.empty() : Optional.of(v.trim());
    }

    /**
     * @param setting the setting's name, for the message
     * @param value a time-zone id such as {@code Asia/Kolkata}
     * @return the zone
     * @throws IllegalArgumentException naming the setting, if the value is not a zone id
     */
    public static ZoneId zone(String setting, String value) {
        try {
            return ZoneId.of(value.trim());
        } catch (DateTimeException e) {
            throw new IllegalArgumentException(setting + " must be a time-zone id such as Asia/Kolkata or"
                    + " America/New_York, but is '" + value + "'", e);
        }
    }
}
