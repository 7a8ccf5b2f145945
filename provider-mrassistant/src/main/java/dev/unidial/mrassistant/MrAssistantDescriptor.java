package dev.unidial.mrassistant;

import dev.unidial.Capabilities;
import dev.unidial.http.ErrorDecoder;
import dev.unidial.http.Json;
import dev.unidial.spi.CallEventParser;
import dev.unidial.spi.ProviderDescriptor;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** MrAssistant, declared to core: found through {@link java.util.ServiceLoader}. */
public final class MrAssistantDescriptor implements ProviderDescriptor<MrAssistantClient.Builder> {
    /** The provider name. */
    public static final String PROVIDER = "mrassistant";
    /** The environment variable holding the bearer token. */
    public static final String ENV_API_KEY = "MRASSISTANT_API_KEY";
    /** The environment variable holding the base URL (required: MrAssistant's docs show only a placeholder host). */
    public static final String ENV_BASE_URL = "MRASSISTANT_BASE_URL";
    /** The environment variables for logging in instead of a token. */
    public static final String ENV_USERNAME = "MRASSISTANT_USERNAME";
    /** See {@link #ENV_USERNAME}. */
    public static final String ENV_PASSWORD = "MRASSISTANT_PASSWORD";

    /** For {@link java.util.ServiceLoader}. */
    public MrAssistantDescriptor() {}

    @Override
    public String name() {
        return MrAssistantDescriptor.PROVIDER;
    }

    @Override
    public String displayName() {
        return "MrAssistant";
    }

    /** MrAssistant documents only a placeholder host: the base URL must be set. */
    @Override
    public Optional<String> defaultBaseUrl() {
        return Optional.empty();
    }

    @Override
    public List<Setting<MrAssistantClient.Builder>> settings() {
        return List.of(
                new Setting<>(MrAssistantDescriptor.ENV_BASE_URL, "required: MrAssistant documents only a placeholder host",
                        MrAssistantClient.Builder::baseUrl),
                new Setting<>(MrAssistantDescriptor.ENV_API_KEY, "a bearer token; or the two below",
                        MrAssistantClient.Builder::apiKey),
                new Setting<>(MrAssistantDescriptor.ENV_USERNAME, "with `MRASSISTANT_PASSWORD`: log in and keep the token fresh",
                        MrAssistantClient.Builder::username),
                new Setting<>(MrAssistantDescriptor.ENV_PASSWORD, "see above", MrAssistantClient.Builder::password));
    }

    @Override
    public Capabilities capabilities() {
        return MrAssistantCampaignMapper.CAPABILITIES;
    }

    @Override
    public ErrorDecoder errorDecoder(Json json, Clock clock) {
        return MrAssistantErrorDecoder.create(json, clock);
    }

    @Override
    public MrAssistantClient.Builder newBuilder() {
        return MrAssistantClient.builder();
    }

    @Override
    public Optional<CallEventParser> callEvents() {
        return Optional.of(new MrAssistantCallEventParser());
    }
}
