package dev.unidial.mrassistant;

import dev.unidial.Campaign;
import dev.unidial.CampaignClient;
import dev.unidial.testkit.FaultMatrixContract;
import dev.unidial.testkit.MrAssistantSimulator;
import dev.unidial.testkit.VendorSimulator;

class MrAssistantFaultMatrixTest extends FaultMatrixContract {

    @Override
    protected VendorSimulator newSimulator() {
        return VendorSimulator.mrassistant();
    }

    @Override
    protected CampaignClient client(String baseUrl) {
        return MrAssistantClient.builder().apiKey(MrAssistantSimulator.API_KEY)
                .baseUrl(baseUrl).maxRetries(2).readTimeout(READ_TIMEOUT).sleeper(sleeper).build();
    }

    @Override
    protected Campaign campaign() {
        return MrAssistantSimulatorTest.campaign();
    }

    @Override
    protected String createPath() {
        return "POST /campaigns";
    }

    @Override
    protected String successWithoutId() {
        return """
            {"agent_id": "a", "name": "x", "status": "pending"}
            """;
    }

    @Override
    protected String failureEnvelope() {
        return """
            {"detail": "accepted but not created"}
            """;
    }

    @Override
    protected String secret() {
        return MrAssistantSimulator.API_KEY;
    }
}
