package dev.unidial.router;

import dev.unidial.Audience;
import dev.unidial.Campaign;
import dev.unidial.CampaignClient;
import dev.unidial.CampaignClients;
import dev.unidial.CampaignJournal;
import dev.unidial.Target;
import dev.unidial.testkit.CallKaroSimulator;
import dev.unidial.testkit.MrAssistantSimulator;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.stream.IntStream;

/** Routes a keyed campaign over CallKaro (+91) and MrAssistant (the rest) with a shared directory journal; a test kills it. */
public final class RoutingChild {
    private RoutingChild() {}

    static final String KEY = "router-crash";
    static final int OTHERS = 5;

    /** {@code indian} Indian numbers first, then {@value #OTHERS} US numbers. */
    static Campaign campaign(int indian) {
        Iterable<Target> audience = () -> IntStream.range(0, indian + OTHERS)
                .mapToObj(i -> Target.of(i < indian ? "+9197" + String.format("%08d", i) : "+1415555" + String.format("%04d", i)))
                .iterator();
        return Campaign.builder().name("Crash test").agentId("3c90c3cc-0d44-4b50-8888-8dd25736052a").idempotencyKey(KEY)
                .audience(Audience.targets(audience)).build();
    }

    static CampaignRouter router(CampaignClient callkaro, CampaignClient mrassistant) {
        return CampaignRouter.builder().route(callkaro, RouteCondition.callingCodes(91)).route(mrassistant).build();
    }

    static CampaignClient callkaro(String baseUrl, CampaignJournal journal) {
        return CampaignClients.builder("callkaro").settings(Map.of("CALLKARO_API_KEY", CallKaroSimulator.API_KEY,
                "CALLKARO_BASE_URL", baseUrl)).journal(journal).build();
    }

    static CampaignClient mrassistant(String baseUrl, CampaignJournal journal) {
        return CampaignClients.builder("mrassistant").settings(Map.of("MRASSISTANT_API_KEY", MrAssistantSimulator.API_KEY,
                "MRASSISTANT_BASE_URL", baseUrl)).journal(journal).build();
    }

    /**
     * Routes the campaign.
     *
     * @param args the journal directory, CallKaro's base URL, MrAssistant's, the number of Indian targets, the lease in ms
     */
    public static void main(String[] args) {
        CampaignJournal journal = CampaignJournal.inDirectory(Path.of(args[0]), Duration.ofMillis(Long.parseLong(args[4])));
        try (CampaignClient callkaro = callkaro(args[1], journal); CampaignClient mrassistant = mrassistant(args[2], journal)) {
            router(callkaro, mrassistant).create(campaign(Integer.parseInt(args[3])));
        }
    }
}
