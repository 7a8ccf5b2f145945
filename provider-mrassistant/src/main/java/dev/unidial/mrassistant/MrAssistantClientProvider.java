package dev.unidial.mrassistant;

import dev.unidial.CampaignClient;
import dev.unidial.CampaignClientProvider;
import java.util.Map;

/**
 * Registers MrAssistant for {@link dev.unidial.CampaignClients#create}; settings:
 * {@code MRASSISTANT_BASE_URL} and {@code MRASSISTANT_API_KEY} (or
 * {@code MRASSISTANT_USERNAME} and {@code MRASSISTANT_PASSWORD}).
 */
public final class MrAssistantClientProvider implements CampaignClientProvider {
    @Override
    public String name() {
        return MrAssistantClient.PROVIDER;
    }

    @Override
    public CampaignClient create(Map<String, String> settings) {
        try {
            return MrAssistantClient.fromSettings(settings);
        } catch (IllegalStateException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }
}
