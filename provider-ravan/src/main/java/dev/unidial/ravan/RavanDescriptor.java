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
    /** The provider name. */
    public static final String PROVIDER = "ravan";
    /** Ravan's documented base URL. */
    public static final String DEFAULT_BASE_URL = "https://api.ravan.ai";
    /** The environment variable holding the API key. */
    public static final String ENV_API_KEY = "RAVAN_API_KEY";
    /** The environment variable that overrides the base URL. */
    public static final String ENV_BASE_URL = "RAVAN_BASE_URL";

    /** For {@link java.util.ServiceLoader}. */
    public RavanDescriptor() {}

    @Override
    public String name() {
        return RavanDescriptor.PROVIDER;
    }

    @Override
    public String displayName() {
        return "Ravan";
    }

    @Override
    public Optional<String> defaultBaseUrl() {
        return Optional.of(RavanDescriptor.DEFAULT_BASE_URL);
    }

    @Override
    public List<Setting<RavanClient.Builder>> settings() {
        return List.of(
                new Setting<>(RavanDescriptor.ENV_API_KEY, "required", RavanClient.Builder::apiKey),
                new Setting<>(RavanDescriptor.ENV_BASE_URL, "default `" + RavanDescriptor.DEFAULT_BASE_URL + "`",
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
