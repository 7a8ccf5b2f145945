package dev.unidial.callkaro;

import dev.unidial.Audience;
import dev.unidial.Campaign;
import dev.unidial.CampaignClient;
import dev.unidial.tck.CampaignClientContract;
import dev.unidial.Feature;
import dev.unidial.MappingPolicy;
import dev.unidial.Schedule;
import dev.unidial.Target;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import mockwebserver3.MockResponse;

class CallKaroContractTest extends CampaignClientContract {

    @Override
    protected CampaignClient client(String baseUrl, MappingPolicy policy) {
        return CallKaroClient.builder().apiKey(SECRET).baseUrl(baseUrl).mappingPolicy(policy).maxRetries(0).build();
    }

    @Override
    protected Campaign validCampaign() {
        return Campaign.builder().name("Inspection Campaign").agentId("agent_sales_id")
                .audience(Audience.targets(Target.of("+919876543210")))
                .schedule(Schedule.builder().startAt(OffsetDateTime.parse("2030-01-06T09:00:00+05:30")).build())
                .build();
    }

    @Override
    protected Campaign withFeature(Campaign base, Feature feature) {
        if (feature == Feature.TIME_ZONE) {
            return base.toBuilder().schedule(base.schedule().toBuilder().timeZone(ZoneId.of("America/New_York")).build())
                    .build();
        }
        if (feature == Feature.CALLING_WINDOWS) {
            // Without an account zone CallKaro cannot take a schedule's zone: the window alone, read as written.
            return base.toBuilder().schedule(base.schedule().toBuilder()
                    .window(dev.unidial.CallingWindow.everyDay(java.time.LocalTime.of(9, 0), java.time.LocalTime.of(18, 0)))
                    .build()).build();
        }
        return super.withFeature(base, feature);
    }

    @Override
    protected void enqueueSuccess(Campaign campaign) {
        server.enqueue(new MockResponse.Builder().code(200).body(CallKaroClientTest.BATCH).build());
        campaign.audience().ifPresent(a -> a.targets().forEach(t ->
                server.enqueue(new MockResponse.Builder().code(200).body(CallKaroClientTest.queued(t.phone())).build())));
    }

    @Override
    protected MockResponse errorResponse(int status, String message) {
        return new MockResponse.Builder().code(status).body("{\"status\":\"error\",\"message\":\"" + message + "\"}").build();
    }
}
