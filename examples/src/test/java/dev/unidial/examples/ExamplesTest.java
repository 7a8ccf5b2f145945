package dev.unidial.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Every example runs against the simulators. */
class ExamplesTest {

    private static String run(ThrowingRunnable main) throws Exception {
        PrintStream original = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            main.run();
        } finally {
            System.setOut(original);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    interface ThrowingRunnable {
        void run() throws Exception;
    }

    @Test
    void the_multi_vendor_demo_reports_every_vendor() throws Exception {
        String out = run(() -> MultiVendorDemo.main(new String[0]));
        for (String vendor : new String[] {"callkaro", "voiceable", "mrassistant", "kore", "ravan"}) {
            assertThat(out).contains("=== " + vendor + " (the " + vendor + " simulator");
        }
        assertThat(out).contains("Done: 4 of 5 vendors created the campaign").contains("| Feature |");
    }

    @Test
    void the_callkaro_example_shows_progress_a_partial_failure_and_its_resume() throws Exception {
        String out = run(() -> CallKaroExample.main(new String[] {"600"}));
        assertThat(out).contains("500 calls answered").contains("Partial failure: 1 of 600 calls")
                .contains("600 calls queued, 0 failed");
    }

    @Test
    void the_routing_example_splits_by_calling_code_and_moves_the_group_kore_could_not_take_to_callkaro() throws Exception {
        String out = run(() -> RoutingExample.main(new String[0]));
        assertThat(out).contains("Plan: 2 targets → callkaro").contains("Plan: 3 targets → kore")
                .contains("Group of 3 (kore then callkaro):").contains("  kore FAILED_NOT_SENT: ")
                .contains("  callkaro CREATED: ").contains("Created 2 campaigns; not created: 0; CallKaro's circuit is CLOSED");
    }

    @Test
    void the_other_vendor_examples_run() throws Exception {
        assertThat(run(() -> VoiceableExample.main(new String[] {"1000"}))).contains("with 1000 recipients");
        assertThat(run(() -> MrAssistantExample.main(new String[0]))).contains("\"Delivery feedback (3/3)\" with 500 targets");
        assertThat(run(() -> KoreExample.main(new String[0]))).contains("Start: Campaign Started").contains("Contacts: 2");
        assertThat(run(() -> RavanExample.main(new String[0]))).contains("Updated: status active");
    }

    @Test
    void the_webhook_example_receives_verifies_and_deduplicates_every_vendors_events() throws Exception {
        String out = run(() -> WebhookReceiver.main(new String[0]));
        assertThat(out).contains("callkaro    +919876543210 COMPLETED (CLIENT_INITIATED) 65 s")
                .contains("ravan     not handled now (the database was busy): answered 503")
                .contains("ravan       +919876543211 COMPLETED (completed) 42 s")
                .contains("ravan       +919876543212 NO_ANSWER (no_answer) 0 s")
                .contains("mrassistant +14155550100 COMPLETED (completed) 37 s")
                .contains("ravan [503, 200, 200]").doesNotContain("refused");
    }

    @Test
    void the_compliance_tour_splits_by_zone_excludes_with_reasons_and_shows_what_callkaro_can_take() throws Exception {
        String out = run(() -> ComplianceTour.main(new String[0]));
        assertThat(out).contains("Gate: 4 campaigns")
                .contains("excluded #1 +919876543211: SUPPRESSED").contains("excluded #5 +91 98765: INVALID_NUMBER")
                .contains("Kore: created Renewals · Asia/Kolkata").contains("Kore: created Renewals · Europe/London")
                .contains("CallKaro (account in India) can take Renewals · Asia/Kolkata")
                .contains("CallKaro refuses Renewals · America/Los_Angeles").contains("crosses midnight");
    }

    @Test
    void the_lifecycle_example_follows_ravan_to_completion_and_kore_through_play_and_stop() throws Exception {
        String out = run(() -> FollowACampaign.main(new String[0]));
        assertThat(out).contains("Ravan: start → RUNNING").contains("RUNNING (running), 2 of 6 done")
                .contains("COMPLETED (completed), 6 of 6 done: 3 completed, 3 not answered, 0 failed, 0 pending")
                .contains("Ravan: awaited COMPLETED")
                .contains("Kore: play → RUNNING (Active), name in the answer: none")
                .contains("+14155550101 COMPLETED (COMPLETED), attempts 1").contains("+14155550102 NO_ANSWER (NO_ANSWER)")
                .contains("+14155550103 IN_PROGRESS (), attempts 0")
                .contains("Kore: stop → PAUSED; play again → RUNNING")
                .contains("kore documents no way of cancelling a campaign");
    }

    @Test
    void the_readmes_first_example_creates_its_campaign_on_the_vendor_it_names_then_on_ravan() throws Exception {
        String out = run(() -> FirstCampaign.main(new String[0]));
        assertThat(out).contains("Step 1: the campaign on CallKaro").containsPattern("SCHEDULED \\[\\]")
                .doesNotContain("Scheduled start was not sent")
                .contains("Campaign variables were not sent: ravan cannot express them.")
                .containsPattern("Created \\S+ on CallKaro and \\S+ on Ravan.");
    }
}
