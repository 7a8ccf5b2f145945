package dev.unidial.kore;

import dev.unidial.Campaign;
import dev.unidial.CampaignClient;
import dev.unidial.tck.CampaignClientContract;
import dev.unidial.Feature;
import dev.unidial.MappingPolicy;
import java.time.Duration;
import mockwebserver3.MockResponse;

class KoreContractTest extends CampaignClientContract {

    @Override
    protected CampaignClient client(String baseUrl, MappingPolicy policy) {
        return KoreClient.builder().baseUrl(baseUrl).appId(KoreFixtures.APP_ID).accountId(KoreFixtures.ACCOUNT_ID)
                .jwt(SECRET).mappingPolicy(policy).maxRetries(0).build();
    }

    @Override
    protected Campaign validCampaign() {
        return KoreFixtures.sample().toBuilder().priority(2).retryPolicy(dev.unidial.RetryPolicy.of(1))
                .maxRingTime(Duration.ofSeconds(20)).callerId(dev.unidial.CallerId.ofNumber("+15105550123")).build();
    }

    @Override
    protected Campaign withFeature(Campaign base, Feature feature) {
        if (feature == Feature.RING_TIME) {
            return base.toBuilder().maxRingTime(Duration.ofSeconds(45)).build();
        }
        return super.withFeature(base, feature);
    }

    @Override
    protected void enqueueSuccess(Campaign campaign) {
        if (campaign.audience().filter(a -> a.kind() == dev.unidial.Audience.Kind.TARGETS).isPresent()) {
            // Inline targets: the contact list, the contacts, then the campaign.
            server.enqueue(new MockResponse.Builder().code(200)
                    .body("{\"status\":\"success\",\"data\":{\"_id\":\"cl-1\",\"status\":\"Ready\"}}").build());
            server.enqueue(new MockResponse.Builder().code(200)
                    .body("{\"message\":\"Adding contacts to public list is in progress\"}").build());
        }
        server.enqueue(new MockResponse.Builder().code(200).body(KoreFixtures.created("cd-1")).build());
    }

    @Override
    protected MockResponse errorResponse(int status, String message) {
        return new MockResponse.Builder().code(status).body("{\"msg\": \"" + message + "\", \"code\": 4002}").build();
    }
}
