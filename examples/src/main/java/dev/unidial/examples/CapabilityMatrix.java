package dev.unidial.examples;

import dev.unidial.CampaignClients;
import dev.unidial.Capabilities;
import dev.unidial.Feature;
import dev.unidial.callkaro.CallKaroClient;
import dev.unidial.spi.ProviderDescriptor;
import dev.unidial.voiceable.VoiceableClient;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The features × vendors table, generated from each provider's {@code Capabilities} so
 * that the README cannot drift from the code (a test compares them).
 */
public final class CapabilityMatrix {
    /** The providers, in the README's order. */
    static final List<String> PROVIDERS = List.of("callkaro", "voiceable", "mrassistant", "kore", "ravan");

    private CapabilityMatrix() {}

    /** Prints the table, to paste between the README's capability-matrix markers. */
    public static void main(String[] args) {
        System.out.print(args.length > 0 && args[0].equals("settings") ? settingsMarkdown() : markdown());
    }

    /** Each provider's capabilities, in the README's order. */
    public static Map<String, Capabilities> capabilities() {
        Map<String, Capabilities> all = new LinkedHashMap<>();
        for (String provider : PROVIDERS) {
            all.put(ProviderDescriptor.find(provider).displayName(), CampaignClients.capabilities(provider));
        }
        return all;
    }

    /**
     * What CallKaro and Voiceable can express once the client knows the account's time zone
     * ({@code accountZone}); the others do not depend on a setting.
     */
    public static Map<String, Capabilities> withAccountZone() {
        Map<String, Capabilities> all = new LinkedHashMap<>();
        try (CallKaroClient callkaro = CallKaroClient.builder().apiKey("matrix-key").accountZone(ZoneOffset.UTC).build();
             VoiceableClient voiceable = VoiceableClient.builder().apiKey("matrix-key").baseUrl("https://voiceable.invalid")
                     .accountZone(ZoneOffset.UTC).build()) {
            all.put("CallKaro", callkaro.capabilities());
            all.put("Voiceable", voiceable.capabilities());
        }
        return all;
    }

    /**
     * Which vendors can stand in for each other under STRICT: for each pair, the campaign
     * features both express (with the account's zone set where it matters). A campaign that
     * uses only those can fail over from one to the other with {@code CampaignRouter}; anything
     * else needs the router's {@code adapt(...)}.
     */
    public static String standInMarkdown() {
        Set<Feature> audiences = EnumSet.of(Feature.INLINE_TARGETS, Feature.CONTACT_IDS, Feature.CONTACT_LISTS);
        Map<String, Capabilities> all = capabilities();
        all.putAll(withAccountZone());
        List<String> vendors = List.copyOf(all.keySet());
        StringBuilder b = new StringBuilder("| Vendors | A campaign using only these can go to either |\n|---|---|\n");
        for (int i = 0; i < vendors.size(); i++) {
            for (int j = i + 1; j < vendors.size(); j++) {
                Capabilities x = all.get(vendors.get(i));
                Capabilities y = all.get(vendors.get(j));
                List<Feature> shared = Arrays.stream(Feature.values())
                        .filter(f -> !f.isOperation() && x.supports(f) && y.supports(f)).toList();
                boolean sameAudience = shared.stream().anyMatch(audiences::contains);
                b.append("| ").append(vendors.get(i)).append(", ").append(vendors.get(j)).append(" | ")
                        .append(sameAudience ? shared.stream().map(Feature::label).collect(Collectors.joining(", "))
                                : "none: no kind of audience both take").append(" |\n");
            }
        }
        return b.toString();
    }

    /** The table in Markdown. */
    public static String markdown() {
        Map<String, Capabilities> all = capabilities();
        Map<String, Capabilities> zoned = withAccountZone();
        StringBuilder b = new StringBuilder("| Feature |");
        all.keySet().forEach(v -> b.append(' ').append(v).append(" |"));
        b.append("\n|---|");
        all.keySet().forEach(v -> b.append(":---:|"));
        b.append('\n');
        boolean operations = false;
        for (Feature f : Feature.values()) {
            if (f.isOperation() && !operations) {
                operations = true;
                b.append("| **After create** |");
                all.keySet().forEach(v -> b.append(" |"));
                b.append('\n');
            }
            b.append("| ").append(f.label()).append(" |");
            all.forEach((vendor, c) -> b.append(c.supports(f) ? " ✓ |"
                    : zoned.containsKey(vendor) && zoned.get(vendor).supports(f) ? " ✓¹ |" : " – |"));
            b.append('\n');
        }
        b.append("| max targets per request |");
        all.values().forEach(c -> b.append(' ').append(c.maxTargetsPerRequest().isPresent()
                ? String.valueOf(c.maxTargetsPerRequest().getAsInt()) : "–").append(" |"));
        b.append("\n| max name length |");
        all.values().forEach(c -> b.append(' ').append(c.maxNameLength().isPresent()
                ? String.valueOf(c.maxNameLength().getAsInt()) : "–").append(" |"));
        return b.append("\n\n¹ With the client's `accountZone` set (`CALLKARO_ACCOUNT_ZONE`, `VOICEABLE_ACCOUNT_ZONE`):"
                + " the vendor reads times without a zone, in the account's.\n").toString();
    }

    /** The settings table, generated from each provider's descriptor, to paste between the README's settings markers. */
    public static String settingsMarkdown() {
        StringBuilder b = new StringBuilder("| Setting | Provider | Meaning |\n|---|---|---|\n");
        b.append("| `").append(CampaignClients.MAPPING_POLICY).append("` | all | `STRICT` (default) or `LENIENT` |\n");
        b.append("| `").append(CampaignClients.MAX_RETRIES).append("` | all | HTTP retries of the SDK's own requests; default 2 |\n");
        for (String provider : PROVIDERS) {
            for (ProviderDescriptor.Setting<?> s : ProviderDescriptor.find(provider).settings()) {
                b.append("| `").append(s.name()).append("` | ").append(provider).append(" | ").append(s.meaning())
                        .append(" |\n");
            }
        }
        return b.toString();
    }
}
