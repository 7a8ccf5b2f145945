package dev.unidial.callkaro;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.unidial.Audience;
import dev.unidial.Campaign;
import dev.unidial.CampaignClients;
import dev.unidial.CreatedCampaign;
import dev.unidial.PartialFailureException;
import dev.unidial.Target;
import dev.unidial.TargetOutcome;
import dev.unidial.testkit.CallKaroSimulator;
import dev.unidial.testkit.VendorSimulator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A lazy audience whose source fails during the fan-out: nothing created is lost, and nothing unread is lost either. */
class CallKaroPartialCreateTest {
    private static final int SIZE = 6;
    private static final int FAILS_AT = 3;

    /** Six numbers; while {@code failing}, every read after the validating one throws at the fourth target. */
    private static Iterable<Target> source(AtomicBoolean failing) {
        AtomicInteger passes = new AtomicInteger();
        return () -> {
            boolean fails = failing.get() && passes.incrementAndGet() > 1;
            return new Iterator<>() {
                private int i;

                @Override
                public boolean hasNext() {
                    return i < SIZE;
                }

                @Override
                public Target next() {
                    if (fails && i == FAILS_AT) {
                        throw new UncheckedIOException(new IOException("the database connection was reset"));
                    }
                    return Target.of("+91987654321" + i++);
                }
            };
        };
    }

    @Test
    void a_source_that_throws_mid_fan_out_gives_the_batch_and_every_outcome_so_far_and_resend_continues_after_them() {
        AtomicBoolean failing = new AtomicBoolean(true);
        Campaign campaign = Campaign.builder().name("Renewals").agentId("agent_sales_id")
                .audience(Audience.targets(source(failing))).build();
        try (CallKaroSimulator sim = VendorSimulator.callkaro();
             CallKaroClient client = (CallKaroClient) CampaignClients.create("callkaro", sim.settings())) {
            PartialFailureException e = catchThrowableOfType(() -> client.create(campaign), PartialFailureException.class);

            assertThat(e).isNotNull().hasCauseInstanceOf(UncheckedIOException.class)
                    .hasMessageContaining("source failed after 3 targets");
            CreatedCampaign partial = e.campaign();
            assertThat(partial.id()).isNotBlank();
            assertThat(partial.targetOutcomes()).extracting(TargetOutcome::index).containsExactly(0L, 1L, 2L);
            assertThat(partial.targetOutcomes()).allMatch(TargetOutcome::isQueued);
            assertThat(sim.calls(partial.id())).hasSize(FAILS_AT);

            failing.set(false);
            CreatedCampaign resumed = client.api().resendFailed(partial, campaign);

            assertThat(resumed.targetOutcomes()).extracting(TargetOutcome::index).containsExactly(0L, 1L, 2L, 3L, 4L, 5L);
            assertThat(sim.calls(partial.id())).extracting(c -> c.path("to_number").asText())
                    .as("every number once").doesNotHaveDuplicates().hasSize(SIZE);
        }
    }
}
