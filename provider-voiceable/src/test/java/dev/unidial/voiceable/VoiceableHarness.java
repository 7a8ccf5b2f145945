package dev.unidial.voiceable;

import dev.unidial.Campaign;
import dev.unidial.CampaignClient;
import dev.unidial.tck.ProviderHarness;
import dev.unidial.testkit.VendorSimulator;
import dev.unidial.testkit.VoiceableSimulator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** Voiceable for the contract suites. */
final class VoiceableHarness extends ProviderHarness {
    @Override
    public VendorSimulator newSimulator() {
        return VendorSimulator.voiceable();
    }

    @Override
    public VoiceableClient.Builder builder(String baseUrl) {
        return VoiceableClient.builder().apiKey(VoiceableSimulator.API_KEY).baseUrl(baseUrl);
    }

    @Override
    public VoiceableClient.Builder builderWithCredential(String baseUrl, String credential) {
        return VoiceableClient.builder().apiKey(credential).baseUrl(baseUrl);
    }

    @Override
    public String credentialSetting() {
        return VoiceableDescriptor.ENV_API_KEY;
    }

    @Override
    public List<String> secrets() {
        return List.of(VoiceableSimulator.API_KEY);
    }

    @Override
    public Campaign validCampaign() {
        return VoiceableClientTest.campaign().build();
    }

    @Override
    public String createPath() {
        return "POST /api/v1/campaigns";
    }

    @Override
    public String successWithoutId() {
        return """
            {"status": {"code": 201, "message": "Campaign created successfully"}, "data": {"name": "x"}}
            """;
    }

    @Override
    public String failureEnvelope() {
        return """
            {"status": {"code": 500, "message": "Upstream failure"}, "error": "failed"}
            """;
    }

    @Override
    public String successWithId(String idJson) {
        return """
            {"status": {"code": 201, "message": "Campaign created successfully"}, "data": {"id": %s, "name": "x"}}
            """.formatted(idJson);
    }

    @Override
    public Map<String, Consumer<String>> nativeCallsTakingAnId(CampaignClient client) {
        VoiceableApi voiceable = ((VoiceableClient) client).api();
        return Map.of("getCampaign", voiceable::getCampaign);
    }
}
