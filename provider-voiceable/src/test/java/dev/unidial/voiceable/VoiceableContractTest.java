package dev.unidial.voiceable;

import dev.unidial.Audience;
import dev.unidial.CallerId;
import dev.unidial.Campaign;
import dev.unidial.CampaignClient;
import dev.unidial.tck.CampaignClientContract;
import dev.unidial.MappingPolicy;
import dev.unidial.Target;
import mockwebserver3.MockResponse;

class VoiceableContractTest extends CampaignClientContract {

    @Override
    protected CampaignClient client(String baseUrl, MappingPolicy policy) {
        return VoiceableClient.builder().apiKey(SECRET).baseUrl(baseUrl).mappingPolicy(policy).maxRetries(0).build();
    }

    @Override
    protected Campaign validCampaign() {
        return VoiceableClientTest.campaign().build();
    }

    @Override
    protected void enqueueSuccess(Campaign campaign) {
        server.enqueue(new MockResponse.Builder().code(201).body(VoiceableClientTest.created(1)).build());
    }

    @Override
    protected MockResponse errorResponse(int status, String message) {
        return new MockResponse.Builder().code(status).body("{\"status\": {\"code\": " + status + ", \"message\": \""
                + message + "\"}, \"error\": \"failed\", \"errors\": []}").build();
    }

    static Campaign.Builder base() {
        return Campaign.builder().name("Launch").agentId("123").callerId(CallerId.ofPhoneNumberId("1"))
                .audience(Audience.targets(Target.of("+14155550100")));
    }
}
