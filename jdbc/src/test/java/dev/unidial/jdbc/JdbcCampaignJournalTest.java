package dev.unidial.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.unidial.CampaignJournal;
import dev.unidial.CampaignJournal.ClaimResult;
import dev.unidial.CampaignStatus;
import dev.unidial.Target;
import dev.unidial.TargetOutcome;
import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The journal's protocol on a real PostgreSQL: claims, steps, chunk leases, targets, forgetting. */
class JdbcCampaignJournalTest {
    private final JdbcCampaignJournal journal = JdbcCampaignJournal.create(Postgres.dataSource(), Duration.ofSeconds(1));
    private final String key = "test-" + UUID.randomUUID();

    private static CampaignJournal.JournaledCampaign campaign(String id) {
        return new CampaignJournal.JournaledCampaign(id, "callkaro", "Renewals", CampaignStatus.PENDING, "", OptionalLong.of(3),
                List.of());
    }

    @Test
    void one_claim_per_key_another_fingerprint_refused_a_live_claim_in_flight_and_a_dead_one_taken_over() throws Exception {
        assertThat(journal.begin(key, "fp", "a").result()).isEqualTo(ClaimResult.NEW);
        assertThat(journal.begin(key, "other", "b").result()).isEqualTo(ClaimResult.MISMATCH);
        assertThat(journal.begin(key, "fp", "b").result()).isEqualTo(ClaimResult.IN_FLIGHT);
        journal.step(key, "a", "sent", "create");
        Thread.sleep(1100);
        CampaignJournal.Claim taken = journal.begin(key, "fp", "b");
        assertThat(taken.result()).isEqualTo(ClaimResult.TAKEN_OVER);
        assertThat(taken.entry().orElseThrow().steps()).containsEntry("sent", "create");
        assertThatThrownBy(() -> journal.step(key, "a", "sent", "again")).as("a lost its claim")
                .isInstanceOf(IllegalStateException.class);
        journal.done(key, campaign("cmp-1"));
        assertThat(journal.begin(key, "fp", "c").entry().orElseThrow().campaign().orElseThrow().id()).isEqualTo("cmp-1");
    }

    @Test
    void settle_records_a_campaign_found_at_the_vendor_and_forget_starts_over() {
        journal.begin(key, "fp", "a");
        journal.settle(key, "found");
        assertThat(journal.begin(key, "fp", "b").result()).isEqualTo(ClaimResult.DONE);
        journal.forget(key);
        assertThat(journal.entry(key)).isEmpty();
        assertThat(journal.begin(key, "fp", "b").result()).isEqualTo(ClaimResult.NEW);
    }

    @Test
    void chunks_are_leased_one_owner_each_and_a_released_or_expired_one_is_taken() throws Exception {
        journal.begin(key, "fp", "a");
        journal.created(key, "a", campaign("cmp-2"));
        assertThat(journal.claimChunk(key, "a")).hasValue(0);
        assertThat(journal.claimChunk(key, "b")).hasValue(1);
        journal.releaseChunk(key, 1, "b");
        assertThat(journal.claimChunk(key, "c")).as("released: taken at once").hasValue(1);
        Thread.sleep(1100);
        assertThat(journal.renewChunk(key, 0, "a")).as("a's lease ran out but nobody took it").isTrue();
        journal.chunkDone(key, 0, "a");
        journal.audienceEnd(key, 1500);
        assertThat(journal.allChunksDone(key)).isFalse();
        assertThat(journal.claimChunk(key, "d")).as("c's lease on 1 ran out").hasValue(1);
        journal.chunkDone(key, 1, "d");
        assertThat(journal.allChunksDone(key)).isTrue();
        assertThat(journal.claimChunk(key, "e")).as("the audience has two chunks").isEmpty();
    }

    @Test
    void targets_read_back_in_order_with_an_unanswered_one_uncertain_and_purge_forgets_old_keys() {
        journal.begin(key, "fp", "a");
        for (int i = 0; i < 1200; i++) {
            journal.intent(key, i, "+9198765" + String.format("%05d", i));
            if (i != 1100) {
                journal.outcome(key, TargetOutcome.queued(i, Target.of("+9198765" + String.format("%05d", i)), "call-" + i));
            }
        }
        List<TargetOutcome> all = journal.outcomes(key).toList();
        assertThat(all).hasSize(1200);
        assertThat(all).extracting(TargetOutcome::index).isSorted();
        assertThat(all.get(1100).state()).isEqualTo(TargetOutcome.State.UNCERTAIN);
        assertThat(journal.targets(key, 1)).hasSize(200);

        assertThat(journal.purgeOlderThan(Duration.ofHours(1))).as("touched just now").isZero();
        assertThat(journal.purgeOlderThan(Duration.ZERO)).isGreaterThanOrEqualTo(1);
        assertThat(journal.entry(key)).isEmpty();
        assertThat(journal.outcomes(key).count()).isZero();
    }
}
