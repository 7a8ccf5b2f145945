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
    /** The provider name. */
    public static final String PROVIDER = "voiceable";
    /** The environment variable holding the API key. */
    public static final String ENV_API_KEY = "VOICEABLE_API_KEY";
    /** The environment variable holding the base URL (required). */
    public static final String ENV_BASE_URL = "VOICEABLE_BASE_URL";
    /** The environment variable naming the account's time zone; see {@link VoiceableClient.Builder#accountZone}. */
    public static final String ENV_ACCOUNT_ZONE = "VOICEABLE_ACCOUNT_ZONE";

    /** For {@link java.util.ServiceLoader}. */
    public VoiceableDescriptor() {}

    @Override
    public String name() {
        return VoiceableDescriptor.PROVIDER;
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
                new Setting<>(VoiceableDescriptor.ENV_API_KEY, "required", VoiceableClient.Builder::apiKey),
                new Setting<>(VoiceableDescriptor.ENV_BASE_URL, "required: Voiceable documents only a placeholder host",
                        VoiceableClient.Builder::baseUrl),
                new Setting<>(VoiceableDescriptor.ENV_ACCOUNT_ZONE, "the zone the account reads times in; enables time zones",
                        (b, v) -> b.accountZone(Settings.zone(VoiceableDescriptor.ENV_ACCOUNT_ZONE, v))));
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
