package dev.unidial.kore;

import dev.unidial.CampaignClient;
import dev.unidial.CampaignClientProvider;
import java.util.Map;

/**
 * Registers Kore.ai for {@link dev.unidial.CampaignClients#create}; settings:
 * {@code KORE_APP_ID}, {@code KORE_ACCOUNT_ID}, {@code KORE_JWT} (or {@code KORE_CLIENT_ID}
 * and {@code KORE_CLIENT_SECRET}), {@code KORE_BASE_URL}.
 */
public final class KoreClientProvider implements CampaignClientProvider {
    @Override
    public String name() {
        return KoreClient.PROVIDER;
    }

    @Override
    public CampaignClient create(Map<String, String> settings) {
        try {
            return KoreClient.fromSettings(settings);
        } catch (IllegalStateException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }
}
