package dev.unidial.mrassistant;

import dev.unidial.Audience;
import dev.unidial.Campaign;
import dev.unidial.CampaignClient;
import dev.unidial.tck.CampaignClientContract;
import dev.unidial.MappingPolicy;
import dev.unidial.Target;
import mockwebserver3.MockResponse;

class MrAssistantContractTest extends CampaignClientContract {
    static final String AGENT = "3c90c3cc-0d44-4b50-8888-8dd25736052a";

    @Override
    protected CampaignClient client(String baseUrl, MappingPolicy policy) {
        return MrAssistantClient.builder().apiKey(SECRET).baseUrl(baseUrl).mappingPolicy(policy).maxRetries(0).build();
    }

    @Override
    protected Campaign validCampaign() {
        return Campaign.builder().name("Feedback").agentId(AGENT)
                .audience(Audience.targets(Target.of("+919876543210"))).build();
    }

    @Override
    protected void enqueueSuccess(Campaign campaign) {
        server.enqueue(new MockResponse.Builder().code(200).body(MrAssistantClientTest.created("cmp_1", 1)).build());
    }

    @Override
    protected MockResponse errorResponse(int status, String message) {
        return new MockResponse.Builder().code(status).body("{\"detail\": \"" + message + "\"}").build();
    }
}
