package dev.unidial.kore;

import dev.unidial.Campaign;
import dev.unidial.CampaignClient;
import dev.unidial.testkit.FaultMatrixContract;
import dev.unidial.testkit.KoreSimulator;
import dev.unidial.testkit.VendorSimulator;

class KoreFaultMatrixTest extends FaultMatrixContract {

    @Override
    protected VendorSimulator newSimulator() {
        return VendorSimulator.kore();
    }

    @Override
    protected CampaignClient client(String baseUrl) {
        return KoreClient.builder().appId(KoreSimulator.APP_ID).accountId(KoreSimulator.ACCOUNT_ID).clientCredentials(KoreSimulator.CLIENT_ID, KoreSimulator.CLIENT_SECRET)
                .baseUrl(baseUrl).maxRetries(2).readTimeout(READ_TIMEOUT).sleeper(sleeper).build();
    }

    @Override
    protected Campaign campaign() {
        return KoreFixtures.sample().toBuilder().audience(dev.unidial.Audience.contactLists(java.util.List.of(KoreSimulator.SEEDED_LIST))).build();
    }

    @Override
    protected String createPath() {
        return "POST /agentassist/api/v1/public/" + KoreSimulator.APP_ID + "/campaign";
    }

    @Override
    protected String successWithoutId() {
        return """
            {"status": "success", "message": "ok", "data": {"name": "x"}}
            """;
    }

    @Override
    protected String failureEnvelope() {
        return """
            {"status": "failure", "message": "creation failed"}
            """;
    }

    @Override
    protected String secret() {
        return KoreSimulator.CLIENT_SECRET;
    }
}
