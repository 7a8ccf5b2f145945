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
    /** For {@link java.util.ServiceLoader}. */
    public KoreDescriptor() {}

    @Override
    public String name() {
        return KoreClient.PROVIDER;
    }

    @Override
    public String displayName() {
        return "Kore.ai";
    }

    @Override
    public Optional<String> defaultBaseUrl() {
        return Optional.of(KoreClient.DEFAULT_BASE_URL);
    }

    @Override
    public List<Setting<KoreClient.Builder>> settings() {
        return List.of(
                new Setting<>(KoreClient.ENV_APP_ID, "required: the app's stream id (`st-…`)", KoreClient.Builder::appId),
                new Setting<>(KoreClient.ENV_ACCOUNT_ID, "required", KoreClient.Builder::accountId),
                new Setting<>(KoreClient.ENV_JWT, "a ready JWT; or the two below", KoreClient.Builder::jwt),
                new Setting<>(KoreClient.ENV_CLIENT_ID, "with `KORE_CLIENT_SECRET`: the client signs Kore's HS256 JWT",
                        KoreClient.Builder::clientId),
                new Setting<>(KoreClient.ENV_CLIENT_SECRET, "see above", KoreClient.Builder::clientSecret),
                new Setting<>(KoreClient.ENV_REQUESTS_PER_MINUTE, "default `" + KoreClient.DEFAULT_REQUESTS_PER_MINUTE
                        + "` (Kore's limit per account); `0` turns pacing off", (b, v) -> b.requestsPerMinute(
                                Settings.wholeNumber(KoreClient.ENV_REQUESTS_PER_MINUTE, v))),
                new Setting<>(KoreClient.ENV_BASE_URL, "default `" + KoreClient.DEFAULT_BASE_URL + "`",
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
