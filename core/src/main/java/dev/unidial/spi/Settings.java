package dev.unidial.spi;

import dev.unidial.CampaignClient;
import dev.unidial.CampaignClients;
import dev.unidial.MappingPolicy;
import dev.unidial.internal.Violations;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

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
        apply(descriptor, builder, settings);
        try {
            return builder.build();
        } catch (IllegalStateException missing) {
            throw new IllegalArgumentException(missing.getMessage(), missing);
        }
    }

    /**
     * Applies settings to a builder of this vendor: the shared ones, then each the descriptor
     * declares.
     *
     * @param descriptor the vendor
     * @param builder its builder
     * @param settings values keyed as environment variables
     * @param <B> the vendor's builder
     * @throws IllegalArgumentException if a value is not valid, or a key is a misspelt setting (named)
     */
    static <B extends AbstractClientBuilder<B>> void apply(ProviderDescriptor<B> descriptor, B builder,
            Map<String, String> settings) {
        requireKnown(descriptor, settings);
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
    }

    /**
     * Refuses a setting that looks meant for this client but is not one: a key with the
     * {@code UNIDIAL_} prefix or this provider's own ({@code KORE_}) that no one reads is a
     * typo, and a typo would otherwise be ignored silently. Other keys are ignored, so that
     * {@code System.getenv()} can be passed as it is.
     */
    private static void requireKnown(ProviderDescriptor<?> descriptor, Map<String, String> settings) {
        List<String> known = new ArrayList<>(List.of(MAPPING_POLICY, MAX_RETRIES));
        descriptor.settings().forEach(setting -> known.add(setting.name()));
        String own = descriptor.name().toUpperCase(Locale.ROOT) + "_";
        for (String key : new TreeSet<>(settings.keySet())) {
            if ((key.startsWith("UNIDIAL_") || key.startsWith(own)) && !known.contains(key)) {
                String closest = known.stream().min(Comparator.comparingInt(k -> distance(k, key))).orElseThrow();
                throw new IllegalArgumentException("Unknown setting " + Violations.printable(key) + ": did you mean "
                        + closest + "? The " + descriptor.name() + " client reads " + String.join(", ", known) + ".");
            }
        }
    }

    /** The edit distance between two names (insertions, deletions, substitutions). */
    private static int distance(String a, String b) {
        int[] row = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            row[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            int diagonal = row[0];
            row[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int above = row[j];
                row[j] = Math.min(Math.min(row[j] + 1, row[j - 1] + 1), diagonal + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
                diagonal = above;
            }
        }
        return row[b.length()];
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
