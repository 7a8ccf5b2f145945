package dev.unidial.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.unidial.CampaignClient;
import dev.unidial.WireRequest;
import okio.Buffer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The comparison is fair only if both sides send the same request body. */
class BaselineBytesTest {

    @ParameterizedTest
    @ValueSource(strings = {"mrassistant", "ravan", "kore"})
    void the_hand_written_baseline_sends_the_same_bytes_as_unidial(String vendor) throws Exception {
        String base = "http://127.0.0.1:9";
        try (CampaignClient client = Workloads.unidial(vendor, base)) {
            WireRequest unidial = client.preview(Workloads.campaign(vendor)).requests().get(0);
            okhttp3.Request baseline = Workloads.baselineRequest(vendor, base, Workloads.campaign(vendor));
            Buffer body = new Buffer();
            baseline.body().writeTo(body);

            assertThat(body.readUtf8()).isEqualTo(unidial.bodyText());
            assertThat(baseline.url().toString()).isEqualTo(unidial.url());
        }
    }
}
