package dev.unidial;

import dev.unidial.http.ErrorDecoder;
import dev.unidial.http.Json;
import dev.unidial.http.JsonErrorDecoder;
import dev.unidial.http.RequestAuth;
import dev.unidial.spi.AbstractClientBuilder;
import dev.unidial.spi.ProviderDescriptor;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** Declares the fake vendor to core, as each provider module declares its own. */
public final class FakeVendorDescriptor implements ProviderDescriptor<FakeVendorDescriptor.Builder> {
    @Override
    public String name() {
        return "fake";
    }

    @Override
    public String displayName() {
        return "Fake";
    }

    @Override
    public Optional<String> defaultBaseUrl() {
        return Optional.of("https://fake.example.com");
    }

    @Override
    public List<Setting<Builder>> settings() {
        return List.of(new Setting<>("FAKE_API_KEY", "required", Builder::apiKey),
                new Setting<>("FAKE_BASE_URL", "the base URL", Builder::baseUrl));
    }

    @Override
    public Capabilities capabilities() {
        return FakeVendorClient.CAPABILITIES;
    }

    @Override
    public ErrorDecoder errorDecoder(Json json, Clock clock) {
        return JsonErrorDecoder.builder("Fake", json, clock).build();
    }

    @Override
    public Builder newBuilder() {
        return new Builder();
    }

    /** Builds the fake client. */
    public static final class Builder extends AbstractClientBuilder<Builder> {
        private String apiKey;

        Builder() {
            super(new FakeVendorDescriptor());
        }

        Builder apiKey(String key) {
            this.apiKey = key;
            return this;
        }

        @Override
        public CampaignClient build() {
            if (apiKey == null) {
                throw new IllegalStateException("Fake needs FAKE_API_KEY");
            }
            return new FakeVendorClient(transport(RequestAuth.header("X-Fake-Key", Secret.of(apiKey))),
                    mappingPolicy());
        }
    }
}
