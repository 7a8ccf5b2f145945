package dev.unidial.ravan;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.unidial.Campaign;
import dev.unidial.CampaignClient;
import dev.unidial.tck.ProviderHarness;
import dev.unidial.testkit.RavanSimulator;
import dev.unidial.testkit.VendorSimulator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/** Ravan for the contract suites. */
final class RavanHarness extends ProviderHarness {
    /** Ravan's {@code meta.total} at 9·10^18. */
    @Override
    public Optional<UnaryOperator<ObjectNode>> listClaimingMorePages() {
        return Optional.of(body -> {
            ((ObjectNode) body.path("meta")).put("total", 9_000_000_000_000_000_000L);
            return body;
        });
    }

    @Override
    public VendorSimulator newSimulator() {
        return VendorSimulator.ravan();
    }

    @Override
    public RavanClient.Builder builder(String baseUrl) {
        return RavanClient.builder().apiKey(RavanSimulator.API_KEY).baseUrl(baseUrl);
    }

    @Override
    public RavanClient.Builder builderWithCredential(String baseUrl, String credential) {
        return RavanClient.builder().apiKey(credential).baseUrl(baseUrl);
    }

    @Override
    public String credentialSetting() {
        return RavanDescriptor.ENV_API_KEY;
    }

    @Override
    public List<String> secrets() {
        return List.of(RavanSimulator.API_KEY);
    }

    @Override
    public Campaign validCampaign() {
        return RavanFixtures.campaign();
    }

    @Override
    public String createPath() {
        return "POST /api/v1/campaigns/";
    }

    @Override
    public String successWithoutId() {
        return """
            {"success": true, "data": {"name": "x"}}
            """;
    }

    @Override
    public String failureEnvelope() {
        return """
            {"success": false, "message": "Agent is not published"}
            """;
    }

    @Override
    public String successWithId(String idJson) {
        return """
            {"success": true, "data": {"id": %s, "name": "x"}}
            """.formatted(idJson);
    }

    @Override
    public Map<String, Consumer<String>> nativeCallsTakingAnId(CampaignClient client) {
        RavanApi ravan = ((RavanClient) client).api();
        return Map.of("getCampaign", ravan::getCampaign,
                "updateCampaign", id -> ravan.updateCampaign(id, RavanUpdateCampaignRequest.builder().status("paused").build()));
    }
}
