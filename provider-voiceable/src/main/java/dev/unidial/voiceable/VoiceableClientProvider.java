package dev.unidial.voiceable;

import dev.unidial.CampaignClient;
import dev.unidial.CampaignClientProvider;
import java.util.Map;

/** Registers Voiceable for {@link dev.unidial.CampaignClients#create}; settings: {@code VOICEABLE_API_KEY}, {@code VOICEABLE_BASE_URL}. */
public final class VoiceableClientProvider implements CampaignClientProvider {
    @Override
    public String name() {
        return VoiceableClient.PROVIDER;
    }

    @Override
    public CampaignClient create(Map<String, String> settings) {
        try {
            return VoiceableClient.fromSettings(settings);
        } catch (IllegalStateException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }
}
