package dev.unidial.router;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.unidial.CampaignClient;
import dev.unidial.CampaignJournal;
import dev.unidial.tck.ChildJvm;
import dev.unidial.testkit.CallKaroSimulator;
import dev.unidial.testkit.Fault;
import dev.unidial.testkit.MrAssistantSimulator;
import dev.unidial.testkit.VendorSimulator;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A keyed routed create whose process is killed ({@code destroyForcibly}) while CallKaro is
 * calling its group, then run again by another process over the same journal: the Indian group
 * resumes at CallKaro and is never handed to MrAssistant, nobody is called twice, and the other
 * group is created once.
 */
class RoutingCrashTest {
    private static final int INDIAN = 1500;

    @Test
    void a_routed_create_killed_part_way_and_run_again_gives_no_one_to_two_vendors_or_twice(@TempDir Path dir) throws Exception {
        try (CallKaroSimulator callkaroSim = VendorSimulator.callkaro(); MrAssistantSimulator mrassistantSim = VendorSimulator.mrassistant()) {
            callkaroSim.failNext(INDIAN + 1, Fault.slow(Duration.ofMillis(3)));
            ChildJvm.runAndKill(RoutingChild.class, () -> callkaroSim.requestCount() >= INDIAN / 3, Duration.ofSeconds(60),
                    dir.toString(), callkaroSim.baseUrl(), mrassistantSim.baseUrl(), Integer.toString(INDIAN), "1500");
            assertThat(callkaroSim.requestCount()).isLessThan(INDIAN);
            assertThat(mrassistantSim.campaigns()).as("killed before the other group").isEmpty();

            CampaignJournal journal = CampaignJournal.inDirectory(dir, Duration.ofMillis(1500));
            RoutingResult result;
            try (CampaignClient callkaro = RoutingChild.callkaro(callkaroSim.baseUrl(), journal);
                 CampaignClient mrassistant = RoutingChild.mrassistant(mrassistantSim.baseUrl(), journal)) {
                try {
                    result = RoutingChild.router(callkaro, mrassistant).create(RoutingChild.campaign(INDIAN));
                } catch (RoutingException e) {
                    result = e.result();   // the calls in flight at the kill are uncertain
                }
            }

            assertThat(callkaroSim.requestCount("POST", "/v2/call/campaign")).as("one batch").isEqualTo(1);
            String batch = callkaroSim.batches().keySet().iterator().next();
            List<String> called = new ArrayList<>();
            for (JsonNode call : callkaroSim.calls(batch)) {
                called.add(call.path("to_number").asText());
            }
            assertThat(called).as("no number called twice").doesNotHaveDuplicates().allMatch(n -> n.startsWith("+91"));
            List<String> atMrAssistant = new ArrayList<>();
            mrassistantSim.campaigns().values().forEach(c -> c.path("targets").forEach(t -> atMrAssistant.add(t.path("to_number").asText())));
            assertThat(atMrAssistant).as("only the other group, once").hasSize(RoutingChild.OTHERS).allMatch(n -> n.startsWith("+1"));
            assertThat(result.groups()).hasSize(2);
            assertThat(result.groups().get(0).attempts()).extracting(RouteAttempt::provider).containsOnly("callkaro");
            assertThat(result.groups().get(1).created()).isPresent();
        }
    }
}
