package dev.unidial.callkaro;

import dev.unidial.CampaignClient;
import dev.unidial.CampaignClientProvider;
import java.util.Map;

/** Registers CallKaro for {@link dev.unidial.CampaignClients#create}; settings: {@code CALLKARO_API_KEY}, {@code CALLKARO_BASE_URL}. */
public final class CallKaroClientProvider implements CampaignClientProvider {
    @Override
    public String name() {
        return CallKaroClient.PROVIDER;
    }

    @Override
    public CampaignClient create(Map<String, String> settings) {
        try {
            return CallKaroClient.fromSettings(settings);
        } catch (IllegalStateException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }
}
