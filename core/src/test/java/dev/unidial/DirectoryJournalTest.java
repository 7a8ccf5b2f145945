package dev.unidial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The directory journal's files: a crash at any byte reads back, damage is named, bad paths and keys are refused. */
class DirectoryJournalTest {
    private static final String KEY = "nightly-2026-12-06";

    private static CampaignJournal.JournaledCampaign campaign() {
        return new CampaignJournal.JournaledCampaign("cmp-1", "ravan", "Renewals", CampaignStatus.SCHEDULED, "draft",
                OptionalLong.of(3), List.of("a warning"));
    }

    /** A key created, its campaign made, with three targets recorded; returns the key's folder. */
    private static Path journalWithRecords(Path dir) throws IOException {
        CampaignJournal j = CampaignJournal.inDirectory(dir);
        j.begin(KEY, "fp", "owner-1");
        j.step(KEY, "owner-1", "sent", "batch");
        j.created(KEY, "owner-1", campaign());
        j.claimChunk(KEY, "owner-1");
        for (int i = 0; i < 3; i++) {
            j.intent(KEY, i, "+9198765432" + (10 + i));
            j.outcome(KEY, TargetOutcome.queued(i, Target.of("+9198765432" + (10 + i)), "call-" + i));
        }
        j.done(KEY, campaign());
        try (var folders = Files.list(dir)) {
            return folders.filter(Files::isDirectory).findFirst().orElseThrow();
        }
    }

    @Property(tries = 60)
    void a_journal_cut_at_any_byte_reads_back_what_was_whole(@ForAll @IntRange(min = 0, max = 100) int percent)
            throws IOException {
        Path dir = Files.createTempDirectory("journal");
        Path folder = journalWithRecords(dir);
        for (Path file : List.of(folder.resolve("key.log"), folder.resolve("chunk-0.log"))) {
            long size = Files.size(file);
            try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
                ch.truncate(size * percent / 100);
            }
        }
        CampaignJournal reopened = CampaignJournal.inDirectory(dir);

        // Whatever the cut, it reads back: a state (or none), and outcomes for whole records only.
        reopened.entry(KEY).ifPresent(e -> assertThat(e.fingerprint()).isEqualTo("fp"));
        assertThat(reopened.outcomes(KEY).count()).isBetween(0L, 3L);
        // And the next record is written after what was whole, so the file reads back again.
        reopened.begin(KEY, "fp", "owner-2");
        assertThat(CampaignJournal.inDirectory(dir).entry(KEY)).isPresent();
    }

    @Test
    void a_damaged_record_with_records_after_it_is_named_with_its_file_and_offset(@TempDir Path dir) throws IOException {
        Path folder = journalWithRecords(dir);
        Path log = folder.resolve("key.log");
        byte[] bytes = Files.readAllBytes(log);
        bytes[12] ^= 0x5A;   // inside the first record's payload
        Files.write(log, bytes);

        assertThatThrownBy(() -> CampaignJournal.inDirectory(dir).entry(KEY)).isInstanceOf(UnidialException.class)
                .hasMessageContaining(log.toString()).hasMessageContaining("byte 0");
    }

    @Test
    void a_path_that_is_a_file_or_under_one_is_refused_at_build(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("journal.txt"), "not a folder");
        assertThatThrownBy(() -> CampaignJournal.inDirectory(file)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is a file");
        assertThatThrownBy(() -> CampaignJournal.inDirectory(file.resolve("below"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is a file");
    }

    @Test
    void a_key_longer_than_the_journal_takes_is_refused() {
        assertThatThrownBy(() -> Campaign.builder().idempotencyKey("k".repeat(CampaignJournal.MAX_KEY_LENGTH + 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1 to 200");
        assertThatThrownBy(() -> Campaign.builder().idempotencyKey(" ")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void outcomes_read_back_in_audience_order_with_an_unanswered_target_uncertain(@TempDir Path dir) {
        CampaignJournal j = CampaignJournal.inDirectory(dir);
        j.intent(KEY, 1001, "+14155550101");
        j.intent(KEY, 0, "+14155550100");
        j.outcome(KEY, TargetOutcome.notQueued(0, Target.of("+14155550100"),
                new InvalidRequestException(400, "DND_NUMBER", "", Map.of(), null)));

        List<TargetOutcome> back = CampaignJournal.inDirectory(dir).outcomes(KEY).toList();

        assertThat(back).extracting(TargetOutcome::index).containsExactly(0L, 1001L);
        assertThat(back.get(0).state()).isEqualTo(TargetOutcome.State.FAILED);
        assertThat(back.get(0).error().orElseThrow()).isInstanceOfSatisfying(RecordedFailure.class,
                f -> assertThat(f.type()).isEqualTo("InvalidRequestException")).hasMessageContaining("DND_NUMBER");
        assertThat(back.get(1).state()).isEqualTo(TargetOutcome.State.UNCERTAIN);
    }
}
