package dev.unidial.mrassistant;

import dev.unidial.Campaign;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.unidial.CampaignClient;
import dev.unidial.tck.LogCapture;
import dev.unidial.Secret;
import dev.unidial.UnidialException;
import dev.unidial.Webhook;
import dev.unidial.testkit.Fault;
import dev.unidial.tck.SecretLeaks;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import java.util.Map;
import java.util.function.Consumer;
import dev.unidial.tck.FaultMatrixContract;
import dev.unidial.testkit.MrAssistantSimulator;
import dev.unidial.testkit.VendorSimulator;

class MrAssistantFaultMatrixTest extends FaultMatrixContract {

    @Override
    protected VendorSimulator newSimulator() {
        return VendorSimulator.mrassistant();
    }

    @Override
    protected CampaignClient client(String baseUrl) {
        return MrAssistantClient.builder().apiKey(MrAssistantSimulator.API_KEY)
                .baseUrl(baseUrl).maxRetries(2).readTimeout(READ_TIMEOUT).callTimeout(CALL_TIMEOUT).sleeper(sleeper).build();
    }

    @Override
    protected Campaign campaign() {
        // With a signing secret in the body, so that every echo case also attacks it.
        return MrAssistantSimulatorTest.campaign().toBuilder()
                .webhook(Webhook.of("https://hooks.example.com/mrassistant", Secret.of(WEBHOOK_SECRET), true)).build();
    }

    private static final String WEBHOOK_SECRET = "whsec-9f8e7d6c5b4a";

    @Override
    protected List<String> secrets() {
        return List.of(MrAssistantSimulator.API_KEY, WEBHOOK_SECRET);
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

    @Override
    protected String createPath() {
        return "POST /campaigns";
    }

    @Override
    protected String successWithoutId() {
        return """
            {"agent_id": "a", "name": "x", "status": "pending"}
            """;
    }

    @Override
    protected String failureEnvelope() {
        return """
            {"detail": "accepted but not created"}
            """;
    }

    @Override
    protected String secret() {
        return MrAssistantSimulator.API_KEY;
    }

    @Override
    protected CampaignClient clientWithCredential(String baseUrl, String credential) {
        return MrAssistantClient.builder().apiKey(credential).baseUrl(baseUrl).build();
    }

    @Override
    protected String credentialSetting() {
        return MrAssistantClient.ENV_API_KEY;
    }

    @Override
    protected Map<String, Consumer<String>> nativeCallsTakingAnId(CampaignClient client) {
        MrAssistantClient mr = (MrAssistantClient) client;
        return Map.of("getCall", id -> mr.api().getCall(id),
                "listPhoneNumbers", id -> mr.api().listPhoneNumbers(id),
                "registerPhoneNumber", id -> mr.api().registerPhoneNumber(id,
                        MrAssistantPhoneNumberRequest.outbound("+14155550100", "twilio", "sip.example.com")));
    }

    @Override
    protected String successWithId(String idJson) {
        return """
            {"campaign_id": %s, "agent_id": "a", "name": "x", "status": "pending"}
            """.formatted(idJson);
    }
}
