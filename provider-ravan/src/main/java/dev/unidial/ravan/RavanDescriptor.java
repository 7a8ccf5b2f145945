package dev.unidial.ravan;

import dev.unidial.Capabilities;
import dev.unidial.http.ErrorDecoder;
import dev.unidial.http.Json;
import dev.unidial.spi.CallEventParser;
import dev.unidial.spi.ProviderDescriptor;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** Ravan, declared to core: found through {@link java.util.ServiceLoader}. */
public final class RavanDescriptor implements ProviderDescriptor<RavanClient.Builder> {
    /** For {@link java.util.ServiceLoader}. */
    public RavanDescriptor() {}

    @Override
    public String name() {
        return RavanClient.PROVIDER;
    }

    @Override
    public String displayName() {
        return "Ravan";
    }

    @Override
    public Optional<String> defaultBaseUrl() {
        return Optional.of(RavanClient.DEFAULT_BASE_URL);
    }

    @Override
    public List<Setting<RavanClient.Builder>> settings() {
        return List.of(
                new Setting<>(RavanClient.ENV_API_KEY, "required", RavanClient.Builder::apiKey),
                new Setting<>(RavanClient.ENV_BASE_URL, "default `" + RavanClient.DEFAULT_BASE_URL + "`",
                        RavanClient.Builder::baseUrl));
    }

    @Override
    public Capabilities capabilities() {
        return RavanCampaignMapper.CAPABILITIES;
    }

    @Override
    public ErrorDecoder errorDecoder(Json json, Clock clock) {
        return RavanErrorDecoder.create(json, clock);
    }

    @Override
    public RavanClient.Builder newBuilder() {
        return RavanClient.builder();
    }

    @Override
    public Optional<CallEventParser> callEvents() {
        return Optional.of(new RavanCallEventParser());
    }
}
