package dev.unidial.ravan;

import dev.unidial.CampaignClient;
import dev.unidial.CampaignClientProvider;
import java.util.Map;

/** Registers Ravan for {@link dev.unidial.CampaignClients#create}; settings: {@code RAVAN_API_KEY}, {@code RAVAN_BASE_URL}. */
public final class RavanClientProvider implements CampaignClientProvider {
    @Override
    public String name() {
        return RavanClient.PROVIDER;
    }

    @Override
    public CampaignClient create(Map<String, String> settings) {
        try {
            return RavanClient.fromSettings(settings);
        } catch (IllegalStateException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }
}
