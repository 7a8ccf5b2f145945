package dev.unidial.voiceable;

import dev.unidial.Campaign;
import dev.unidial.CampaignClient;
import java.util.Map;
import java.util.function.Consumer;
import dev.unidial.tck.FaultMatrixContract;
import dev.unidial.testkit.VoiceableSimulator;
import dev.unidial.testkit.VendorSimulator;

class VoiceableFaultMatrixTest extends FaultMatrixContract {

    @Override
    protected VendorSimulator newSimulator() {
        return VendorSimulator.voiceable();
    }

    @Override
    protected CampaignClient client(String baseUrl) {
        return VoiceableClient.builder().apiKey(VoiceableSimulator.API_KEY)
                .baseUrl(baseUrl).maxRetries(2).readTimeout(READ_TIMEOUT).callTimeout(CALL_TIMEOUT).sleeper(sleeper).build();
    }

    @Override
    protected Campaign campaign() {
        return VoiceableClientTest.campaign().build();
    }

    @Override
    protected String createPath() {
        return "POST /api/v1/campaigns";
    }

    @Override
    protected String successWithoutId() {
        return """
            {"status": {"code": 201, "message": "Campaign created successfully"}, "data": {"name": "x"}}
            """;
    }

    @Override
    protected String failureEnvelope() {
        return """
            {"status": {"code": 500, "message": "Upstream failure"}, "error": "failed"}
            """;
    }

    @Override
    protected String secret() {
        return VoiceableSimulator.API_KEY;
    }

    @Override
    protected CampaignClient clientWithCredential(String baseUrl, String credential) {
        return VoiceableClient.builder().apiKey(credential).baseUrl(baseUrl).build();
    }

    @Override
    protected String credentialSetting() {
        return VoiceableClient.ENV_API_KEY;
    }

    @Override
    protected Map<String, Consumer<String>> nativeCallsTakingAnId(CampaignClient client) {
        VoiceableClient voiceable = (VoiceableClient) client;
        return Map.of("getCampaign", id -> voiceable.api().getCampaign(id));
    }

    @Override
    protected String successWithId(String idJson) {
        return """
            {"status": {"code": 201, "message": "Campaign created successfully"}, "data": {"id": %s, "name": "x"}}
            """.formatted(idJson);
    }
}
