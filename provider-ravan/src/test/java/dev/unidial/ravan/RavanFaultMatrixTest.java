package dev.unidial.ravan;

import dev.unidial.Campaign;
import dev.unidial.CampaignClient;
import java.util.Map;
import java.util.function.Consumer;
import dev.unidial.tck.FaultMatrixContract;
import dev.unidial.testkit.RavanSimulator;
import dev.unidial.testkit.VendorSimulator;

class RavanFaultMatrixTest extends FaultMatrixContract {

    @Override
    protected VendorSimulator newSimulator() {
        return VendorSimulator.ravan();
    }

    @Override
    protected CampaignClient client(String baseUrl) {
        return RavanClient.builder().apiKey(RavanSimulator.API_KEY)
                .baseUrl(baseUrl).maxRetries(2).readTimeout(READ_TIMEOUT).callTimeout(CALL_TIMEOUT).sleeper(sleeper).build();
    }

    @Override
    protected Campaign campaign() {
        return RavanFixtures.campaign();
    }

    @Override
    protected String createPath() {
        return "POST /api/v1/campaigns/";
    }

    @Override
    protected String successWithoutId() {
        return """
            {"success": true, "data": {"name": "x"}}
            """;
    }

    @Override
    protected String failureEnvelope() {
        return """
            {"success": false, "message": "Agent is not published"}
            """;
    }

    @Override
    protected String secret() {
        return RavanSimulator.API_KEY;
    }

    @Override
    protected CampaignClient clientWithCredential(String baseUrl, String credential) {
        return RavanClient.builder().apiKey(credential).baseUrl(baseUrl).build();
    }

    @Override
    protected String credentialSetting() {
        return RavanClient.ENV_API_KEY;
    }

    @Override
    protected Map<String, Consumer<String>> nativeCallsTakingAnId(CampaignClient client) {
        RavanClient ravan = (RavanClient) client;
        return Map.of("getCampaign", id -> ravan.api().getCampaign(id),
                "updateCampaign", id -> ravan.api().updateCampaign(id, RavanUpdateCampaignRequest.builder().status("paused").build()));
    }

    @Override
    protected String successWithId(String idJson) {
        return """
            {"success": true, "data": {"id": %s, "name": "x"}}
            """.formatted(idJson);
    }
}
