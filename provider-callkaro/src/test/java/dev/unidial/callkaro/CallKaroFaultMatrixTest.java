package dev.unidial.callkaro;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.unidial.ApiConnectionException;
import dev.unidial.Audience;
import dev.unidial.Campaign;
import dev.unidial.CampaignClient;
import dev.unidial.CreatedCampaign;
import dev.unidial.PartialFailureException;
import dev.unidial.ServerException;
import dev.unidial.Target;
import dev.unidial.TargetOutcome;
import dev.unidial.testkit.Fault;
import org.junit.jupiter.api.Test;
import dev.unidial.testkit.FaultMatrixContract;
import dev.unidial.testkit.CallKaroSimulator;
import dev.unidial.testkit.VendorSimulator;

class CallKaroFaultMatrixTest extends FaultMatrixContract {

    @Override
    protected VendorSimulator newSimulator() {
        return VendorSimulator.callkaro();
    }

    @Override
    protected CampaignClient client(String baseUrl) {
        return CallKaroClient.builder().apiKey(CallKaroSimulator.API_KEY)
                .baseUrl(baseUrl).maxRetries(2).readTimeout(READ_TIMEOUT).sleeper(sleeper).build();
    }

    @Override
    protected Campaign campaign() {
        return dev.unidial.Campaign.builder().name("Renewals").agentId("agent_sales_id").audience(dev.unidial.Audience.targets(dev.unidial.Target.of("+919876543210"))).build();
    }

    @Override
    protected String createPath() {
        return "POST /v2/call/campaign";
    }

    @Override
    protected String successWithoutId() {
        return """
            {"message": "Campaign created successfully", "status": "success"}
            """;
    }

    @Override
    protected String failureEnvelope() {
        return """
            {"status": "error", "message": "Server error"}
            """;
    }

    @Override
    protected String secret() {
        return CallKaroSimulator.API_KEY;
    }

    @Test
    void faults_on_individual_calls_are_reported_per_target_and_resume_sends_only_those() {
        Campaign campaign = Campaign.builder().name("Renewals").agentId("agent_sales_id")
                .audience(Audience.targets(Target.of("+919876543210"), Target.of("+919876543211"),
                        Target.of("+919876543212"), Target.of("+919876543213")))
                .build();
        CallKaroSimulator sim = (CallKaroSimulator) simulator;
        try (CallKaroClient client = CallKaroClient.builder().apiKey(CallKaroSimulator.API_KEY).baseUrl(sim.baseUrl())
                .callConcurrency(1).maxRetries(2).readTimeout(READ_TIMEOUT).sleeper(sleeper).build()) {
            // The batch is answered normally; then the 2nd call gets a 500, the 3rd a dropped connection.
            sim.failNext(2, Fault.pass());
            sim.failNext(1, Fault.status(500));
            sim.failNext(1, Fault.disconnect());
            PartialFailureException e = (PartialFailureException) catchThrowable(() -> client.create(campaign));

            CreatedCampaign partial = e.campaign();
            assertThat(partial.targetOutcomes()).extracting(TargetOutcome::state).containsExactly(
                    TargetOutcome.State.QUEUED, TargetOutcome.State.FAILED, TargetOutcome.State.FAILED, TargetOutcome.State.QUEUED);
            assertThat(partial.targetOutcomes().get(1).error().orElseThrow()).isInstanceOf(ServerException.class);
            assertThat(partial.targetOutcomes().get(2).error().orElseThrow()).isInstanceOf(ApiConnectionException.class);
            assertThat(sim.requestCount("POST", "/call/outbound")).as("no call was sent twice").isEqualTo(4);

            CreatedCampaign resumed = client.resume(partial, campaign);

            assertThat(resumed.failedTargets()).isEmpty();
            assertThat(sim.requestCount("POST", "/call/outbound")).as("only the two failed calls were sent again").isEqualTo(6);
            assertThat(sim.calls(partial.id())).extracting(n -> n.path("to_number").asText()).containsExactlyInAnyOrder(
                    "+919876543210", "+919876543213", "+919876543211", "+919876543212");
        }
    }
}
