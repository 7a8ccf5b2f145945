package dev.unidial.callkaro;

import dev.unidial.Capabilities;
import dev.unidial.http.ErrorDecoder;
import dev.unidial.http.Json;
import dev.unidial.spi.CallEventParser;
import dev.unidial.spi.ProviderDescriptor;
import dev.unidial.spi.Settings;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** CallKaro, declared to core: found through {@link java.util.ServiceLoader}. */
public final class CallKaroDescriptor implements ProviderDescriptor<CallKaroClient.Builder> {
    /** The provider name. */
    public static final String PROVIDER = "callkaro";
    /** CallKaro's documented base URL. */
    public static final String DEFAULT_BASE_URL = "https://api.callkaro.ai";
    /** The environment variable holding the API key. */
    public static final String ENV_API_KEY = "CALLKARO_API_KEY";
    /** The environment variable that overrides the base URL. */
    public static final String ENV_BASE_URL = "CALLKARO_BASE_URL";
    /** The environment variable naming the account's time zone ({@code Asia/Kolkata}); see {@link CallKaroClient.Builder#accountZone}. */
    public static final String ENV_ACCOUNT_ZONE = "CALLKARO_ACCOUNT_ZONE";

    /** For {@link java.util.ServiceLoader}. */
    public CallKaroDescriptor() {}

    @Override
    public String name() {
        return CallKaroDescriptor.PROVIDER;
    }

    @Override
    public String displayName() {
        return "CallKaro";
    }

    @Override
    public Optional<String> defaultBaseUrl() {
        return Optional.of(CallKaroDescriptor.DEFAULT_BASE_URL);
    }

    @Override
    public List<Setting<CallKaroClient.Builder>> settings() {
        return List.of(
                new Setting<>(CallKaroDescriptor.ENV_API_KEY, "required", CallKaroClient.Builder::apiKey),
                new Setting<>(CallKaroDescriptor.ENV_BASE_URL, "default `" + CallKaroDescriptor.DEFAULT_BASE_URL + "`",
                        CallKaroClient.Builder::baseUrl),
                new Setting<>(CallKaroDescriptor.ENV_ACCOUNT_ZONE, "the zone the account reads times in; enables time zones",
                        (b, v) -> b.accountZone(Settings.zone(CallKaroDescriptor.ENV_ACCOUNT_ZONE, v))));
    }

    @Override
    public Capabilities capabilities() {
        return CallKaroCampaignMapper.CAPABILITIES;
    }

    @Override
    public ErrorDecoder errorDecoder(Json json, Clock clock) {
        return CallKaroErrorDecoder.create(json, clock);
    }

    @Override
    public CallKaroClient.Builder newBuilder() {
        return CallKaroClient.builder();
    }

    @Override
    public Optional<CallEventParser> callEvents() {
        return Optional.of(new CallKaroCallEventParser());
    }
}
