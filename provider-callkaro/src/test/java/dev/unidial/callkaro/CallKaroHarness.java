package dev.unidial.callkaro;

import dev.unidial.Audience;
import dev.unidial.CallingWindow;
import dev.unidial.Campaign;
import dev.unidial.CampaignClient;
import dev.unidial.Feature;
import dev.unidial.Schedule;
import dev.unidial.Target;
import dev.unidial.tck.ProviderHarness;
import dev.unidial.testkit.CallKaroSimulator;
import dev.unidial.testkit.VendorSimulator;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** CallKaro for the contract suites. */
final class CallKaroHarness extends ProviderHarness {
    @Override
    public VendorSimulator newSimulator() {
        return VendorSimulator.callkaro();
    }

    @Override
    public CallKaroClient.Builder builder(String baseUrl) {
        return CallKaroClient.builder().apiKey(CallKaroSimulator.API_KEY).baseUrl(baseUrl);
    }

    @Override
    public CallKaroClient.Builder builderWithCredential(String baseUrl, String credential) {
        return CallKaroClient.builder().apiKey(credential).baseUrl(baseUrl);
    }

    @Override
    public String credentialSetting() {
        return CallKaroDescriptor.ENV_API_KEY;
    }

    @Override
    public List<String> secrets() {
        return List.of(CallKaroSimulator.API_KEY);
    }

    @Override
    public Campaign validCampaign() {
        return Campaign.builder().name("Renewals").agentId("agent_sales_id")
                .audience(Audience.targets(Target.of("+919876543210")))
                .schedule(Schedule.builder().startAt(OffsetDateTime.parse("2030-01-06T09:00:00+05:30")).build())
                .build();
    }

    @Override
    public Campaign faultCampaign() {
        return Campaign.builder().name("Renewals").agentId("agent_sales_id")
                .audience(Audience.targets(Target.of("+919876543210"))).build();
    }

    @Override
    public Campaign withFeature(Campaign base, Feature feature) {
        if (feature == Feature.TIME_ZONE) {
            return base.toBuilder().schedule(base.schedule().toBuilder().timeZone(ZoneId.of("America/New_York")).build())
                    .build();
        }
        if (feature == Feature.CALLING_WINDOWS) {
            // Without an account zone CallKaro cannot take a schedule's zone: the window alone, read as written.
            return base.toBuilder().schedule(base.schedule().toBuilder()
                    .window(CallingWindow.everyDay(LocalTime.of(9, 0), LocalTime.of(18, 0))).build()).build();
        }
        return super.withFeature(base, feature);
    }

    @Override
    public Campaign.Builder withVendorOptions(Campaign.Builder b, int draw) {
        String[] languages = {"hi", "en", "ta", "fr", ""};
        return draw % 3 == 0 ? b : b.option(CallKaroOptions.builder().language(languages[Math.floorMod(draw, languages.length)]).build());
    }

    @Override
    public String createPath() {
        return "POST /v2/call/campaign";
    }

    @Override
    public String successWithoutId() {
        return """
            {"message": "Campaign created successfully", "status": "success"}
            """;
    }

    @Override
    public String failureEnvelope() {
        return """
            {"status": "error", "message": "Server error"}
            """;
    }

    @Override
    public String successWithId(String idJson) {
        return """
            {"batch_id": %s, "status": "success", "message": "Campaign created successfully"}
            """.formatted(idJson);
    }

    @Override
    public Map<String, Consumer<String>> nativeCallsTakingAnId(CampaignClient client) {
        // CallKaro's documented endpoints take ids in the body, never in the path.
        return Map.of();
    }
}
