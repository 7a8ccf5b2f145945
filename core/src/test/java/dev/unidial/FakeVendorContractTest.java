package dev.unidial;

import dev.unidial.http.TransportSettings;
import java.util.Map;
import mockwebserver3.MockResponse;

class FakeVendorContractTest extends CampaignClientContract {

    @Override
    protected CampaignClient client(String baseUrl, MappingPolicy policy) {
        return new FakeVendorClient(baseUrl, SECRET, policy, TransportSettings.builder().maxRetries(0).build());
    }

    @Override
    protected Campaign validCampaign() {
        return Campaign.builder()
                .name("Contract")
                .audience(Audience.targets(Target.of("+919876543210")))
                .build();
    }

    @Override
    protected void enqueueSuccess(Campaign campaign) {
        server.enqueue(new MockResponse.Builder().code(201).body("{\"id\":\"c-1\",\"status\":\"pending\"}").build());
    }

    @Override
    protected MockResponse errorResponse(int status, String message) {
        return new MockResponse.Builder().code(status).body("{\"message\":\"" + message + "\"}").build();
    }
}
