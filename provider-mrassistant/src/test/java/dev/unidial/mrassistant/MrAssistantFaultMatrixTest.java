package dev.unidial.mrassistant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.unidial.tck.LogCapture;
import dev.unidial.UnidialException;
import dev.unidial.testkit.Fault;
import dev.unidial.tck.SecretLeaks;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import dev.unidial.tck.FaultMatrixContract;
import dev.unidial.tck.ProviderHarness;
import dev.unidial.testkit.MrAssistantSimulator;

class MrAssistantFaultMatrixTest extends FaultMatrixContract {
    @Override
    protected ProviderHarness harness() {
        return new MrAssistantHarness();
    }

    @ParameterizedTest(name = "HTTP {0}, {1}")
    @MethodSource("dev.unidial.tck.FaultMatrixContract#echoes")
    void a_login_answer_that_echoes_the_password_gets_it_into_no_message_or_log(int status, Fault.Echo encoding) {
        simulator.failNext(1, Fault.echo(status, encoding));
        Throwable thrown;
        try (LogCapture logs = new LogCapture();
             MrAssistantClient client = MrAssistantClient.builder().baseUrl(simulator.baseUrl())
                     .credentials(MrAssistantSimulator.USERNAME, MrAssistantSimulator.PASSWORD)
                     .maxRetries(0).sleeper(sleeper).build()) {
            thrown = catchThrowable(() -> client.create(campaign()));
            assertThat(logs.lines()).allSatisfy(line -> assertThat(line).doesNotContain(MrAssistantSimulator.PASSWORD));
        }
        assertThat(thrown).isInstanceOf(UnidialException.class);
        assertThat(simulator.requestCount("POST", "/auth/token")).isEqualTo(1);
        assertThat(simulator.requestCount("POST", "/campaigns")).as("no create without a token").isZero();
        List<String> texts = SecretLeaks.textsOf(thrown);
        assertThat(texts).as("the echo arrived, with the password cut out").anySatisfy(t -> assertThat(t).contains("[redacted]"));
        assertThat(texts).allSatisfy(t -> assertThat(SecretLeaks.find(t, MrAssistantSimulator.PASSWORD)).isNull());
    }
}
