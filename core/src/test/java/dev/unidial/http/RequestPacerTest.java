package dev.unidial.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.unidial.RequestPacer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RequestPacerTest {

    /** A clock the test moves, and a sleeper that moves it. */
    private static final class FakeTime extends Clock {
        Instant now = Instant.parse("2026-01-01T00:00:00Z");
        final List<Duration> slept = new ArrayList<>();

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }

        void sleep(Duration d) {
            slept.add(d);
            now = now.plus(d);
        }
    }

    @Test
    void requests_within_the_budget_go_at_once_and_the_next_waits_for_the_oldest_to_leave_the_minute() {
        FakeTime time = new FakeTime();
        RequestPacer pacer = SlidingWindowPacer.perMinute(3, time, time::sleep);

        pacer.acquire();
        time.now = time.now.plusSeconds(10);
        pacer.acquire();
        pacer.acquire();
        assertThat(time.slept).isEmpty();

        pacer.acquire();
        assertThat(time.slept).containsExactly(Duration.ofSeconds(50));
    }

    @Test
    void a_minute_later_the_whole_budget_is_free_again() {
        FakeTime time = new FakeTime();
        RequestPacer pacer = SlidingWindowPacer.perMinute(2, time, time::sleep);
        pacer.acquire();
        pacer.acquire();
        time.now = time.now.plusSeconds(61);

        pacer.acquire();
        pacer.acquire();
        assertThat(time.slept).isEmpty();
    }

    @Test
    void a_sleeper_that_moves_no_clock_still_lets_requests_through() {
        List<Duration> slept = new ArrayList<>();
        RequestPacer pacer = SlidingWindowPacer.perMinute(1, Clock.fixed(Instant.EPOCH, ZoneOffset.UTC), slept::add);

        pacer.acquire();
        pacer.acquire();
        pacer.acquire();
        assertThat(slept).containsExactly(Duration.ofMinutes(1), Duration.ofMinutes(1));
    }
}
