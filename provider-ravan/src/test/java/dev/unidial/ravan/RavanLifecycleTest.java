package dev.unidial.ravan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.unidial.CampaignSnapshot;
import dev.unidial.CampaignStatus;
import dev.unidial.CampaignValidationException;
import dev.unidial.Violation;
import dev.unidial.testkit.RavanSimulator;
import dev.unidial.testkit.SimulatedRequest;
import dev.unidial.testkit.VendorSimulator;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Ravan after create, against the simulator: PATCH-driven lifecycle, progress, list. */
class RavanLifecycleTest {
    private final RavanSimulator simulator = VendorSimulator.ravan();

    @AfterEach
    void stop() {
        simulator.close();
    }

    private RavanClient client() {
        return RavanClient.builder().apiKey(RavanSimulator.API_KEY).baseUrl(simulator.baseUrl()).sleeper(d -> { }).build();
    }

    @Test
    void start_and_pause_patch_the_status_values_of_ravans_create_page() throws Exception {
        try (RavanClient ravan = client()) {
            String id = ravan.create(RavanFixtures.campaign()).id();
            ravan.start(id);
            ravan.pause(id);

            List<SimulatedRequest> patches = simulator.requests().stream().filter(r -> r.method().equals("PATCH")).toList();
            assertThat(patches).extracting(SimulatedRequest::path).as("the update page's endpoint, with its slash").containsOnly("/api/v1/campaigns/" + id + "/");
            assertThat(patches.get(0).json().toString()).isEqualTo("{\"status\":\"active\",\"executionStatus\":\"running\"}");
            assertThat(patches.get(1).json().toString()).isEqualTo("{\"status\":\"paused\",\"executionStatus\":\"paused\"}");
        }
    }

    @Test
    void progress_follows_contact_stats_to_completion() {
        try (RavanClient ravan = client()) {
            String id = ravan.create(RavanFixtures.campaign()).id();
            assertThat(ravan.get(id).status()).isEqualTo(CampaignStatus.DRAFT);
            CampaignSnapshot running = ravan.start(id);
            assertThat(running.status()).isEqualTo(CampaignStatus.RUNNING);
            assertThat(running.startedAt()).isPresent();

            simulator.completeCalls(id, 1, 0);
            CampaignSnapshot half = ravan.get(id);
            assertThat(half.progress()).hasValueSatisfying(p -> {
                assertThat(p.total()).hasValue(2);
                assertThat(p.completed()).hasValue(1);
                assertThat(p.pending()).hasValue(1);
            });

            simulator.completeCalls(id, 0, 1);
            CampaignSnapshot done = ravan.awaitStatus(id, Set.of(CampaignStatus.COMPLETED), Duration.ofMinutes(1));
            assertThat(done.status()).isEqualTo(CampaignStatus.COMPLETED);
            assertThat(done.progress().orElseThrow().noAnswer()).as("the call not answered, counted as the webhook reports it").hasValue(1);
            assertThat(done.progress().orElseThrow().failed()).hasValue(0);
            assertThat(done.completedAt()).isPresent();
        }
    }

    @Test
    void list_pages_through_every_campaign() {
        try (RavanClient ravan = client()) {
            for (int i = 0; i < 55; i++) {
                ravan.create(RavanFixtures.campaign().toBuilder().name("Campaign " + i).build());
            }
            assertThat(ravan.list().map(CampaignSnapshot::id).distinct().count()).isEqualTo(55);
            assertThat(simulator.requestCount("GET", "/api/v1/campaigns/")).isEqualTo(2);
        }
    }

    @Test
    void an_update_with_a_status_ravan_does_not_list_is_refused_before_sending() {
        try (RavanClient ravan = client()) {
            Throwable thrown = catchThrowable(() -> ravan.api().updateCampaign("019e-1",
                    RavanUpdateCampaignRequest.builder().status("running").executionStatus("active").build()));

            assertThat(thrown).isInstanceOf(CampaignValidationException.class);
            assertThat(((CampaignValidationException) thrown).violations()).extracting(Violation::path)
                    .containsExactly("status", "executionStatus");
            assertThat(simulator.requestCount()).isZero();
        }
    }
}
