package dev.unidial.examples;

import dev.unidial.Audience;
import dev.unidial.Campaign;
import dev.unidial.CreatedCampaign;
import dev.unidial.RetryPolicy;
import dev.unidial.Secret;
import dev.unidial.Target;
import dev.unidial.Webhook;
import dev.unidial.mrassistant.MrAssistantClient;
import dev.unidial.testkit.MrAssistantSimulator;
import dev.unidial.testkit.VendorSimulator;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/** MrAssistant: log in with a username and password, then 2,500 targets split into campaigns of 1000. */
public final class MrAssistantExample {
    private MrAssistantExample() {}

    /** Runs the example. */
    public static void main(String[] args) {
        try (Sandbox sandbox = Sandbox.of("mrassistant", VendorSimulator::mrassistant)) {
            MrAssistantClient.Builder builder = MrAssistantClient.builder()
                    .baseUrl(sandbox.setting("MRASSISTANT_BASE_URL", ""));
            String token = System.getenv("MRASSISTANT_API_KEY");
            if (sandbox.simulator() == null && token != null) {
                builder.apiKey(token);
            } else {
                builder.credentials(sandbox.setting("MRASSISTANT_USERNAME", MrAssistantSimulator.USERNAME),
                        sandbox.simulator() == null ? System.getenv("MRASSISTANT_PASSWORD") : MrAssistantSimulator.PASSWORD);
            }
            try (MrAssistantClient client = builder.build()) {
                System.out.println("MrAssistant example against " + sandbox.where());
                List<Target> targets = IntStream.range(0, 2_500)
                        .mapToObj(i -> Target.of("+1415" + (5_000_000 + i), Map.of("order", "A-" + i))).toList();
                Campaign campaign = Campaign.builder()
                        .name("Delivery feedback")
                        .agentId("3c90c3cc-0d44-4b50-8888-8dd25736052a")
                        .audience(Audience.targets(targets))
                        .maxConcurrentCalls(5)
                        .retryPolicy(RetryPolicy.of(1))
                        .webhook(Webhook.of("https://hooks.example.com/mrassistant", Secret.of("whsec_example"), true))
                        .build();
                List<CreatedCampaign> parts = client.api().createInBatches(campaign);
                parts.forEach(p -> System.out.println("Created " + p.id() + " \"" + p.name() + "\" with "
                        + p.targetCount().orElse(0) + " targets, status " + p.status() + " (" + p.rawStatus() + ")"));
            }
        }
    }
}
