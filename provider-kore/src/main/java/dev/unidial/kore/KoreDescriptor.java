package dev.unidial.kore;

import dev.unidial.Capabilities;
import dev.unidial.http.ErrorDecoder;
import dev.unidial.http.Json;
import dev.unidial.spi.ProviderDescriptor;
import dev.unidial.spi.Settings;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** Kore.ai, declared to core: found through {@link java.util.ServiceLoader}. */
public final class KoreDescriptor implements ProviderDescriptor<KoreClient.Builder> {
    /** The provider name. */
    public static final String PROVIDER = "kore";
    /** Kore's documented host. */
    public static final String DEFAULT_BASE_URL = "https://platform.kore.ai";
    /** Environment variables read by {@link KoreClient#fromEnv()}. */
    public static final String ENV_BASE_URL = "KORE_BASE_URL";
    /** See {@link #ENV_BASE_URL}. */
    public static final String ENV_APP_ID = "KORE_APP_ID";
    /** See {@link #ENV_BASE_URL}. */
    public static final String ENV_ACCOUNT_ID = "KORE_ACCOUNT_ID";
    /** See {@link #ENV_BASE_URL}. */
    public static final String ENV_JWT = "KORE_JWT";
    /** See {@link #ENV_BASE_URL}. */
    public static final String ENV_CLIENT_ID = "KORE_CLIENT_ID";
    /** See {@link #ENV_BASE_URL}. */
    public static final String ENV_CLIENT_SECRET = "KORE_CLIENT_SECRET";
    /** Kore's documented limit: 60 requests a minute per account. */
    public static final int DEFAULT_REQUESTS_PER_MINUTE = 60;
    /** See {@link #ENV_BASE_URL}: requests a minute this client sends at most ({@code 0} turns pacing off). */
    public static final String ENV_REQUESTS_PER_MINUTE = "KORE_REQUESTS_PER_MINUTE";

    /** For {@link java.util.ServiceLoader}. */
    public KoreDescriptor() {}

    @Override
    public String name() {
        return KoreDescriptor.PROVIDER;
    }

    @Override
    public String displayName() {
        return "Kore.ai";
    }

    @Override
    public Optional<String> defaultBaseUrl() {
        return Optional.of(KoreDescriptor.DEFAULT_BASE_URL);
    }

    @Override
    public List<Setting<KoreClient.Builder>> settings() {
        return List.of(
                new Setting<>(KoreDescriptor.ENV_APP_ID, "required: the app's stream id (`st-…`)", KoreClient.Builder::appId),
                new Setting<>(KoreDescriptor.ENV_ACCOUNT_ID, "required", KoreClient.Builder::accountId),
                new Setting<>(KoreDescriptor.ENV_JWT, "a ready JWT; or the two below", KoreClient.Builder::jwt),
                new Setting<>(KoreDescriptor.ENV_CLIENT_ID, "with `KORE_CLIENT_SECRET`: the client signs Kore's HS256 JWT",
                        KoreClient.Builder::clientId),
                new Setting<>(KoreDescriptor.ENV_CLIENT_SECRET, "see above", KoreClient.Builder::clientSecret),
                new Setting<>(KoreDescriptor.ENV_REQUESTS_PER_MINUTE, "default `" + KoreDescriptor.DEFAULT_REQUESTS_PER_MINUTE
                        + "` (Kore's limit per account); `0` turns pacing off", (b, v) -> b.requestsPerMinute(
                                Settings.wholeNumber(KoreDescriptor.ENV_REQUESTS_PER_MINUTE, v))),
                new Setting<>(KoreDescriptor.ENV_BASE_URL, "default `" + KoreDescriptor.DEFAULT_BASE_URL + "`",
                        KoreClient.Builder::baseUrl));
    }

    @Override
    public Capabilities capabilities() {
        return KoreCampaignMapper.CAPABILITIES;
    }

    @Override
    public ErrorDecoder errorDecoder(Json json, Clock clock) {
        return KoreErrorDecoder.create(json, clock);
    }

    @Override
    public KoreClient.Builder newBuilder() {
        return KoreClient.builder();
    }
}
