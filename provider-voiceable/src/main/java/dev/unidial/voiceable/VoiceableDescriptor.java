package dev.unidial.voiceable;

import dev.unidial.Capabilities;
import dev.unidial.http.ErrorDecoder;
import dev.unidial.http.Json;
import dev.unidial.spi.ProviderDescriptor;
import dev.unidial.spi.Settings;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** Voiceable, declared to core: found through {@link java.util.ServiceLoader}. */
public final class VoiceableDescriptor implements ProviderDescriptor<VoiceableClient.Builder> {
    /** For {@link java.util.ServiceLoader}. */
    public VoiceableDescriptor() {}

    @Override
    public String name() {
        return VoiceableClient.PROVIDER;
    }

    @Override
    public String displayName() {
        return "Voiceable";
    }

    /** Voiceable documents only a placeholder host: the base URL must be set. */
    @Override
    public Optional<String> defaultBaseUrl() {
        return Optional.empty();
    }

    @Override
    public List<Setting<VoiceableClient.Builder>> settings() {
        return List.of(
                new Setting<>(VoiceableClient.ENV_API_KEY, "required", VoiceableClient.Builder::apiKey),
                new Setting<>(VoiceableClient.ENV_BASE_URL, "required: Voiceable documents only a placeholder host",
                        VoiceableClient.Builder::baseUrl),
                new Setting<>(VoiceableClient.ENV_ACCOUNT_ZONE, "the zone the account reads times in; enables time zones",
                        (b, v) -> b.accountZone(Settings.zone(VoiceableClient.ENV_ACCOUNT_ZONE, v))));
    }

    @Override
    public Capabilities capabilities() {
        return VoiceableCampaignMapper.CAPABILITIES;
    }

    @Override
    public ErrorDecoder errorDecoder(Json json, Clock clock) {
        return VoiceableErrorDecoder.create(json, clock);
    }

    @Override
    public VoiceableClient.Builder newBuilder() {
        return VoiceableClient.builder();
    }
}
