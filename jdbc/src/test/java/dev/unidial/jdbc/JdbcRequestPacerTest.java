package dev.unidial.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.unidial.Sleeper;
import dev.unidial.http.Deadline;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** Pacers in several clients over one bucket keep the limit in every sliding window, together. */
class JdbcRequestPacerTest {
    private static final int LIMIT = 12;
    private static final Duration WINDOW = Duration.ofSeconds(1);

    @Test
    void three_clients_sharing_a_bucket_never_send_more_than_the_limit_in_any_window() throws Exception {
        String bucket = "test-" + UUID.randomUUID();
        List<Long> sent = Collections.synchronizedList(new ArrayList<>());
        List<CompletableFuture<Void>> clients = new ArrayList<>();
        for (int c = 0; c < 3; c++) {
            JdbcRequestPacer pacer = JdbcRequestPacer.create(Postgres.dataSource(), bucket, LIMIT, WINDOW, Sleeper.system());
            clients.add(CompletableFuture.runAsync(() -> {
                for (int i = 0; i < 12; i++) {
                    pacer.acquire();
                    sent.add(System.nanoTime());
                }
            }));
        }
        CompletableFuture.allOf(clients.toArray(CompletableFuture[]::new)).get();

        List<Long> times = new ArrayList<>(sent);
        Collections.sort(times);
        // Times are read just after each acquire, a few milliseconds after the bucket counted it:
        // windows a little shorter than the limit's keep that jitter out. A bucket of 12 refilled
        // once a second would still show nearly 24 in such a window, across its edge.
        long window = WINDOW.minusMillis(50).toNanos();
        for (int i = 0; i < times.size(); i++) {
            int j = i;
            while (j < times.size() && times.get(j) - times.get(i) < window) {
                j++;
            }
            assertThat(j - i).as("requests in the window starting at request " + i).isLessThanOrEqualTo(LIMIT);
        }
        assertThat(times).hasSize(36);
    }

    @Test
    void a_wait_longer_than_the_callers_deadline_is_not_taken() {
        JdbcRequestPacer pacer = JdbcRequestPacer.create(Postgres.dataSource(), "test-" + UUID.randomUUID(), 6,
                Duration.ofMinutes(1), Sleeper.system());
        pacer.acquire();   // the burst is one token: the next needs about 12 s
        assertThatThrownBy(() -> Deadline.of(Duration.ofMillis(50)).run(() -> {
            pacer.acquire();
            return null;
        })).isInstanceOf(Deadline.ExceededException.class);
    }
}
