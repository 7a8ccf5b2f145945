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
    /** For {@link java.util.ServiceLoader}. */
    public CallKaroDescriptor() {}

    @Override
    public String name() {
        return CallKaroClient.PROVIDER;
    }

    @Override
    public String displayName() {
        return "CallKaro";
    }

    @Override
    public Optional<String> defaultBaseUrl() {
        return Optional.of(CallKaroClient.DEFAULT_BASE_URL);
    }

    @Override
    public List<Setting<CallKaroClient.Builder>> settings() {
        return List.of(
                new Setting<>(CallKaroClient.ENV_API_KEY, "required", CallKaroClient.Builder::apiKey),
                new Setting<>(CallKaroClient.ENV_BASE_URL, "default `" + CallKaroClient.DEFAULT_BASE_URL + "`",
                        CallKaroClient.Builder::baseUrl),
                new Setting<>(CallKaroClient.ENV_ACCOUNT_ZONE, "the zone the account reads times in; enables time zones",
                        (b, v) -> b.accountZone(Settings.zone(CallKaroClient.ENV_ACCOUNT_ZONE, v))));
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
