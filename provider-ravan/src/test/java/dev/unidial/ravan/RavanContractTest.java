package dev.unidial.ravan;

import dev.unidial.Campaign;
import dev.unidial.CampaignClient;
import dev.unidial.tck.CampaignClientContract;
import dev.unidial.MappingPolicy;
import mockwebserver3.MockResponse;

class RavanContractTest extends CampaignClientContract {

    @Override
    protected CampaignClient client(String baseUrl, MappingPolicy policy) {
        return RavanClient.builder().apiKey(SECRET).baseUrl(baseUrl).mappingPolicy(policy).maxRetries(0).build();
    }

    @Override
    protected Campaign validCampaign() {
        return RavanFixtures.campaign();
    }

    @Override
    protected void enqueueSuccess(Campaign campaign) {
        server.enqueue(new MockResponse.Builder().code(201).body(RavanFixtures.created("019ebbef-48d7")).build());
    }

    @Override
    protected MockResponse errorResponse(int status, String message) {
        return new MockResponse.Builder().code(status)
                .body("{\"success\": false, \"message\": \"" + message + "\"}").build();
    }
}
