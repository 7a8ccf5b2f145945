package dev.unidial.jdbc;

import dev.unidial.Audience;
import dev.unidial.Campaign;
import dev.unidial.Target;
import dev.unidial.callkaro.CallKaroClient;
import dev.unidial.testkit.CallKaroSimulator;
import java.time.Duration;
import java.util.stream.IntStream;

/**
 * A process that runs one keyed CallKaro fan-out on the PostgreSQL journal and is killed
 * part-way by {@link JdbcCrashTest}: arguments are the JDBC URL, the simulator's base URL, the
 * audience's size and the lease in milliseconds.
 */
public final class JdbcFanOutChild {
    static final String KEY = "pg-crash-test";

    private JdbcFanOutChild() {}

    static Campaign campaign(int size) {
        Iterable<Target> audience = () -> IntStream.range(0, size).mapToObj(JdbcFanOutChild::phone).map(Target::of)
                .iterator();
        return Campaign.builder().name("Crash test").agentId("agent_sales_id").idempotencyKey(KEY)
                .audience(Audience.targets(audience)).build();
    }

    static String phone(int i) {
        return "+9196" + String.format("%08d", i);
    }

    static CallKaroClient client(String jdbcUrl, String baseUrl, long leaseMillis) {
        return CallKaroClient.builder().apiKey(CallKaroSimulator.API_KEY).baseUrl(baseUrl)
                .journal(JdbcCampaignJournal.create(Postgres.dataSource(jdbcUrl), Duration.ofMillis(leaseMillis)))
                .callConcurrency(4).build();
    }

    /**
     * Runs the fan-out.
     *
     * @param args the JDBC URL, the base URL, the audience's size, the lease in milliseconds
     */
    public static void main(String[] args) {
        try (CallKaroClient client = client(args[0], args[1], Long.parseLong(args[3]))) {
            client.create(campaign(Integer.parseInt(args[2])));
        }
    }
}
