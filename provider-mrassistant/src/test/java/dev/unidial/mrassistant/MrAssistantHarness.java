package dev.unidial.mrassistant;

import dev.unidial.Audience;
import dev.unidial.CallEvents;
import dev.unidial.Campaign;
import dev.unidial.CampaignClient;
import dev.unidial.Secret;
import dev.unidial.Target;
import dev.unidial.Webhook;
import dev.unidial.tck.ProviderHarness;
import dev.unidial.testkit.MrAssistantSimulator;
import dev.unidial.testkit.VendorSimulator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** MrAssistant for the contract suites. */
final class MrAssistantHarness extends ProviderHarness {
    static final String AGENT = "3c90c3cc-0d44-4b50-8888-8dd25736052a";
    private static final String WEBHOOK_SECRET = "whsec-9f8e7d6c5b4a";

    @Override
    public VendorSimulator newSimulator() {
        return VendorSimulator.mrassistant();
    }

    @Override
    public MrAssistantClient.Builder builder(String baseUrl) {
        return MrAssistantClient.builder().apiKey(MrAssistantSimulator.API_KEY).baseUrl(baseUrl);
    }

    @Override
    public MrAssistantClient.Builder builderWithCredential(String baseUrl, String credential) {
        return MrAssistantClient.builder().apiKey(credential).baseUrl(baseUrl);
    }

    @Override
    public String credentialSetting() {
        return MrAssistantDescriptor.ENV_API_KEY;
    }

    @Override
    public List<String> secrets() {
        return List.of(MrAssistantSimulator.API_KEY, WEBHOOK_SECRET, URL_TOKEN);
    }

    /** The token in the fault campaign's webhook URL. */
    static final String URL_TOKEN = "tok_Zq81vLx0PwUrlToken";

    @Override
    public Campaign validCampaign() {
        return Campaign.builder().name("Feedback").agentId(AGENT)
                .audience(Audience.targets(Target.of("+919876543210"))).build();
    }

    @Override
    public Campaign faultCampaign() {
        // With a signing secret in the body and a token in the webhook URL, so that every echo case also attacks both.
        return MrAssistantSimulatorTest.campaign().toBuilder()
                .webhook(Webhook.of(CallEvents.withUrlToken("https://hooks.example.com/mrassistant#calls",
                        Secret.of(URL_TOKEN)), Secret.of(WEBHOOK_SECRET), true)).build();
    }

    @Override
    public String createPath() {
        return "POST /campaigns";
    }

    @Override
    public String successWithoutId() {
        return """
            {"agent_id": "a", "name": "x", "status": "pending"}
            """;
    }

    @Override
    public String failureEnvelope() {
        return """
            {"detail": "accepted but not created"}
            """;
    }

    @Override
    public String successWithId(String idJson) {
        return """
            {"campaign_id": %s, "agent_id": "a", "name": "x", "status": "pending"}
            """.formatted(idJson);
    }

    @Override
    public Map<String, Consumer<String>> nativeCallsTakingAnId(CampaignClient client) {
        MrAssistantApi mr = ((MrAssistantClient) client).api();
        return Map.of("getCall", mr::getCall, "listPhoneNumbers", mr::listPhoneNumbers,
                "registerPhoneNumber", id -> mr.registerPhoneNumber(id,
                        MrAssistantPhoneNumberRequest.outbound("+14155550100", "twilio", "sip.example.com")));
    }
}
