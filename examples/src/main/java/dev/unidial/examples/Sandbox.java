package dev.unidial.examples;

import dev.unidial.CampaignClient;
import dev.unidial.CampaignClients;
import dev.unidial.testkit.VendorSimulator;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Where an example's requests go: the vendor's real API when its key is in the environment
 * ({@code CALLKARO_API_KEY}, {@code VOICEABLE_API_KEY}, {@code MRASSISTANT_API_KEY},
 * {@code KORE_JWT} or {@code KORE_CLIENT_ID}, {@code RAVAN_API_KEY}), otherwise an embedded
 * simulator on loopback: no keys, no network.
 */
final class Sandbox implements AutoCloseable {
    private static final Map<String, String[]> KEYS = Map.of(
            "callkaro", new String[] {"CALLKARO_API_KEY"},
            "voiceable", new String[] {"VOICEABLE_API_KEY"},
            "mrassistant", new String[] {"MRASSISTANT_API_KEY", "MRASSISTANT_USERNAME"},
            "kore", new String[] {"KORE_JWT", "KORE_CLIENT_ID"},
            "ravan", new String[] {"RAVAN_API_KEY"});

    private final String provider;
    private final VendorSimulator simulator;

    private Sandbox(String provider, VendorSimulator simulator) {
        this.provider = provider;
        this.simulator = simulator;
    }

    /** The real API if its key is set, else a started simulator. */
    static Sandbox of(String provider, Supplier<? extends VendorSimulator> simulator) {
        boolean real = false;
        for (String key : KEYS.get(provider)) {
            String v = System.getenv(key);
            real |= v != null && !v.isBlank();
        }
        return new Sandbox(provider, real ? null : simulator.get());
    }

    /** A client for the provider, configured from the environment or the simulator. */
    CampaignClient client() {
        return client(Map.of());
    }

    /** A client with extra settings (such as {@code UNIDIAL_MAPPING_POLICY}). */
    CampaignClient client(Map<String, String> extra) {
        Map<String, String> settings = new HashMap<>(simulator == null ? Map.of() : simulator.settings());
        settings.putAll(extra);
        return CampaignClients.create(provider, settings);
    }

    /** A setting: the simulator's, else the environment's, else the fallback. */
    String setting(String name, String fallback) {
        String v = simulator != null ? simulator.settings().get(name) : System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }

    /** The simulator, when not talking to the real API. */
    VendorSimulator simulator() {
        return simulator;
    }

    /** "simulator at http://127.0.0.1:…" or "real API". */
    String where() {
        return simulator == null ? "the real " + provider + " API" : "the " + provider + " simulator at " + simulator.baseUrl();
    }

    @Override
    public void close() {
        if (simulator != null) {
            simulator.close();
        }
    }
}
