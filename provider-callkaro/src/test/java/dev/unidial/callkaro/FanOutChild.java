package dev.unidial.callkaro;

import dev.unidial.Audience;
import dev.unidial.Campaign;
import dev.unidial.CampaignJournal;
import dev.unidial.Target;
import dev.unidial.testkit.CallKaroSimulator;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.IntStream;

/**
 * A process that runs one keyed CallKaro fan-out and is killed part-way by a test
 * ({@link CallKaroCrashTest}): arguments are the journal directory, the simulator's base URL,
 * the audience's size and the journal's lease in milliseconds.
 */
public final class FanOutChild {
    private FanOutChild() {}

    static final String KEY = "crash-test";

    static Campaign campaign(int size) {
        Iterable<Target> audience = () -> IntStream.range(0, size).mapToObj(FanOutChild::phone).map(Target::of).iterator();
        return Campaign.builder().name("Crash test").agentId("agent_sales_id").idempotencyKey(KEY)
                .audience(Audience.targets(audience)).build();
    }

    static String phone(int i) {
        return "+9197" + String.format("%08d", i);
    }

    /**
     * Runs the fan-out.
     *
     * @param args the journal directory, the base URL, the audience's size, the lease in milliseconds
     */
    public static void main(String[] args) {
        CampaignJournal journal = CampaignJournal.inDirectory(Path.of(args[0]), Duration.ofMillis(Long.parseLong(args[3])));
        try (CallKaroClient client = CallKaroClient.builder().apiKey(CallKaroSimulator.API_KEY).baseUrl(args[1])
                .journal(journal).callConcurrency(4).build()) {
            client.create(campaign(Integer.parseInt(args[2])));
        }
    }
}
