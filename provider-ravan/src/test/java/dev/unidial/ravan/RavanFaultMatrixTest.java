package dev.unidial.ravan;

import dev.unidial.Campaign;
import dev.unidial.CampaignClient;
import dev.unidial.testkit.FaultMatrixContract;
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
                .baseUrl(baseUrl).maxRetries(2).readTimeout(READ_TIMEOUT).sleeper(sleeper).build();
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
}
