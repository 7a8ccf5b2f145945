package dev.unidial.callkaro;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.unidial.ApiConnectionException;
import dev.unidial.Audience;
import dev.unidial.Campaign;
import dev.unidial.CreatedCampaign;
import dev.unidial.PartialFailureException;
import dev.unidial.ServerException;
import dev.unidial.Target;
import dev.unidial.TargetOutcome;
import dev.unidial.testkit.Fault;
import org.junit.jupiter.api.Test;
import dev.unidial.tck.FaultMatrixContract;
import dev.unidial.tck.ProviderHarness;
import dev.unidial.testkit.CallKaroSimulator;

class CallKaroFaultMatrixTest extends FaultMatrixContract {
    @Override
    protected ProviderHarness harness() {
        return new CallKaroHarness();
    }

    @Test
    void calls_that_may_have_reached_callkaro_are_uncertain_and_only_certain_failures_are_resent() {
        Campaign campaign = Campaign.builder().name("Renewals").agentId("agent_sales_id")
                .audience(Audience.targets(Target.of("+919876543210"), Target.of("+919876543211"),
                        Target.of("+919876543212"), Target.of("+919876543213")))
                .build();
        CallKaroSimulator sim = (CallKaroSimulator) simulator;
        try (CallKaroClient client = CallKaroClient.builder().apiKey(CallKaroSimulator.API_KEY).baseUrl(sim.baseUrl())
                .callConcurrency(1).maxRetries(0).readTimeout(READ_TIMEOUT).sleeper(sleeper).build()) {
            // The batch and the 1st call are answered normally; then a 500, a dropped connection, a 400.
            sim.failNext(2, Fault.pass());
            sim.failNext(1, Fault.status(500));
            sim.failNext(1, Fault.disconnect());
            sim.failNext(1, Fault.status(400));
            PartialFailureException e = (PartialFailureException) catchThrowable(() -> client.create(campaign));

            CreatedCampaign partial = e.campaign();
            assertThat(partial.targetOutcomes()).extracting(TargetOutcome::state).containsExactly(
                    TargetOutcome.State.QUEUED, TargetOutcome.State.UNCERTAIN, TargetOutcome.State.UNCERTAIN,
                    TargetOutcome.State.FAILED);
            assertThat(partial.targetOutcomes().get(1).error().orElseThrow()).isInstanceOf(ServerException.class);
            assertThat(partial.targetOutcomes().get(2).error().orElseThrow()).isInstanceOf(ApiConnectionException.class);
            assertThat(e).hasMessageContaining("1 failed").hasMessageContaining("2 uncertain");
            assertThat(sim.requestCount("POST", "/call/outbound")).as("no call was sent twice").isEqualTo(4);

            PartialFailureException stillUncertain = (PartialFailureException) catchThrowable(
                    () -> client.api().resendFailed(partial, campaign));
            assertThat(sim.requestCount("POST", "/call/outbound")).as("only the refused call was sent again").isEqualTo(5);
            CreatedCampaign afterSafeResend = stillUncertain.campaign();
            assertThat(afterSafeResend.failedTargets()).isEmpty();
            assertThat(afterSafeResend.uncertainTargets()).extracting(TargetOutcome::index).containsExactly(1L, 2L);

            CreatedCampaign resent = client.api().resendFailed(afterSafeResend, campaign, UncertainCalls.RESEND);

            assertThat(resent.targetOutcomes()).allMatch(TargetOutcome::isQueued);
            assertThat(sim.requestCount("POST", "/call/outbound")).as("the uncertain ones only on request").isEqualTo(7);
        }
    }
}
