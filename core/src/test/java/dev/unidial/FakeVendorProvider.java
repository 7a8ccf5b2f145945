package dev.unidial;

import dev.unidial.http.Transport;
import dev.unidial.http.TransportSettings;
import java.util.Map;

/** Registers the fake vendor for {@link CampaignClients}, as each provider module does. */
public final class FakeVendorProvider implements CampaignClientProvider {
    @Override
    public String name() {
        return "fake";
    }

    @Override
    public CampaignClient create(Map<String, String> settings) {
        String key = Transport.setting(settings, "FAKE_API_KEY")
                .orElseThrow(() -> new IllegalArgumentException("FAKE_API_KEY is required"));
        String url = Transport.setting(settings, "FAKE_BASE_URL").orElse("https://fake.example.com");
        return new FakeVendorClient(url, key, MappingPolicy.STRICT, TransportSettings.defaults());
    }
}
