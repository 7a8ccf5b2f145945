package dev.unidial.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.unidial.CampaignSnapshot;
import dev.unidial.CampaignStatus;
import dev.unidial.CampaignTimeoutException;
import dev.unidial.Capabilities;
import dev.unidial.CreatedCampaign;
import dev.unidial.Feature;
import dev.unidial.MappingPolicy;
import dev.unidial.RateLimitException;
import dev.unidial.UnsupportedFeatureException;
import dev.unidial.WireRequest;
import dev.unidial.internal.Violations;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class AwaitStatusTest {

    /** A client whose reads come from a script, and whose waits are recorded instead of slept. */
    private static final class Scripted extends AbstractCampaignClient {
        final Deque<Supplier<CampaignSnapshot>> reads = new ArrayDeque<>();
        final List<Duration> waits;
        int readCount;
        private final Capabilities capabilities;

        Scripted(List<Duration> waits, Feature... features) {
            super("scripted", MappingPolicy.STRICT, Clock.systemUTC(), waits::add);
            this.waits = waits;
            this.capabilities = Capabilities.builder().supports(features).build();
        }

        Scripted then(CampaignStatus status) {
            reads.add(() -> snapshot(status));
            return this;
        }

        @Override
        protected CampaignSnapshot readCampaign(String campaignId) {
            readCount++;
            Supplier<CampaignSnapshot> next = reads.size() > 1 ? reads.removeFirst() : reads.getFirst();
            return next.get();
        }

        @Override
        public Capabilities capabilities() {
            return capabilities;
        }

        @Override
        protected void vendorRules(CampaignPlan plan, Violations violations) {}

        @Override
        protected CreatedCampaign send(CampaignPlan plan) {
            throw new UnsupportedOperationException();
        }

        @Override
        protected CompletableFuture<CreatedCampaign> sendAsync(CampaignPlan plan) {
            throw new UnsupportedOperationException();
        }

        @Override
        protected List<WireRequest> requests(CampaignPlan plan) {
            return List.of();
        }

        @Override
        protected void release() {}
    }

    private static CampaignSnapshot snapshot(CampaignStatus status) {
        return CampaignSnapshot.builder().id("c-1").provider("scripted").status(status, status.name().toLowerCase()).build();
    }

    @Test
    void returns_the_first_snapshot_whose_status_is_wanted_backing_off_between_reads() {
        List<Duration> waits = new ArrayList<>();
        Scripted client = new Scripted(waits, Feature.GET_CAMPAIGN).then(CampaignStatus.PENDING)
                .then(CampaignStatus.PENDING).then(CampaignStatus.PENDING).then(CampaignStatus.RUNNING);

        CampaignSnapshot s = client.awaitStatus("c-1", Set.of(CampaignStatus.RUNNING, CampaignStatus.COMPLETED),
                Duration.ofMinutes(5));

        assertThat(s.status()).isEqualTo(CampaignStatus.RUNNING);
        assertThat(client.readCount).isEqualTo(4);
        assertThat(waits).containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(4), Duration.ofSeconds(8));
    }

    @Test
    void a_terminal_status_that_is_not_wanted_ends_the_wait_at_once() {
        Scripted client = new Scripted(new ArrayList<>(), Feature.GET_CAMPAIGN).then(CampaignStatus.FAILED);

        assertThat(client.awaitStatus("c-1", Set.of(CampaignStatus.RUNNING), Duration.ofMinutes(5)).status())
                .isEqualTo(CampaignStatus.FAILED);
        assertThat(client.readCount).isEqualTo(1);
    }

    @Test
    void a_rate_limit_that_outlasts_the_retries_is_waited_out_as_the_vendor_asked() {
        List<Duration> waits = new ArrayList<>();
        Scripted client = new Scripted(waits, Feature.GET_CAMPAIGN);
        client.reads.add(() -> {
            throw new RateLimitException(429, "slow down", "", Map.of(), null, Duration.ofSeconds(40));
        });
        client.then(CampaignStatus.RUNNING);

        assertThat(client.awaitStatus("c-1", Set.of(CampaignStatus.RUNNING), Duration.ofMinutes(5)).status())
                .isEqualTo(CampaignStatus.RUNNING);
        assertThat(waits).containsExactly(Duration.ofSeconds(40));
    }

    @Test
    void the_timeout_ends_the_wait_with_the_last_state_read_and_never_sleeps_past_it() {
        List<Duration> waits = new ArrayList<>();
        Scripted client = new Scripted(waits, Feature.GET_CAMPAIGN).then(CampaignStatus.SCHEDULED);

        Throwable thrown = catchThrowable(() -> client.awaitStatus("c-1", Set.of(CampaignStatus.RUNNING),
                Duration.ofSeconds(100)));

        assertThat(thrown).isInstanceOfSatisfying(CampaignTimeoutException.class, e -> {
            assertThat(e.lastSnapshot()).hasValueSatisfying(s -> assertThat(s.status()).isEqualTo(CampaignStatus.SCHEDULED));
            assertThat(e).hasMessageContaining("c-1").hasMessageContaining("SCHEDULED");
        });
        assertThat(waits).containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(4), Duration.ofSeconds(8),
                Duration.ofSeconds(16), Duration.ofSeconds(30), Duration.ofSeconds(30), Duration.ofSeconds(10));
    }

    @Test
    void a_vendor_that_cannot_read_a_campaign_refuses_at_once() {
        Scripted client = new Scripted(new ArrayList<>());

        assertThat(catchThrowable(() -> client.awaitStatus("c-1", Set.of(CampaignStatus.RUNNING), Duration.ofMinutes(1))))
                .isInstanceOfSatisfying(UnsupportedFeatureException.class,
                        e -> assertThat(e.features()).containsExactly(Feature.GET_CAMPAIGN));
        assertThat(client.readCount).isZero();
    }
}
