package dev.unidial.tck;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import java.util.function.UnaryOperator;

import dev.unidial.Audience;
import dev.unidial.CallerId;
import dev.unidial.CallingWindow;
import dev.unidial.Campaign;
import dev.unidial.CampaignClient;
import dev.unidial.Feature;
import dev.unidial.RetryPolicy;
import dev.unidial.Schedule;
import dev.unidial.Secret;
import dev.unidial.Target;
import dev.unidial.Webhook;
import dev.unidial.spi.AbstractClientBuilder;
import dev.unidial.testkit.VendorSimulator;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Everything the three contract suites need to know about one provider, said once. A
 * provider's {@link CampaignClientContract}, {@link FaultMatrixContract} and
 * {@link CampaignPropertyContract} tests all return the same harness, and all three run
 * against the provider's simulator.
 */
public abstract class ProviderHarness {
    /** For subclasses. */
    protected ProviderHarness() {}

    /** {@return a new, started simulator of this vendor} */
    public abstract VendorSimulator newSimulator();

    /**
     * A client builder for a server at this URL, holding the credentials the simulator accepts.
     *
     * @param baseUrl the server's base URL
     * @return the builder, ready to build
     */
    public abstract AbstractClientBuilder<?> builder(String baseUrl);

    /**
     * A client builder holding this credential instead of the simulator's.
     *
     * @param baseUrl the server's base URL
     * @param credential the credential to configure
     * @return the builder
     */
    public abstract AbstractClientBuilder<?> builderWithCredential(String baseUrl, String credential);

    /** {@return the environment variable of the credential {@link #builderWithCredential} sets, which a refusal must name} */
    public abstract String credentialSetting();

    /**
     * {@return every secret a client of {@link #builder} knows, its credential first} Secrets that a
     * campaign carries (a webhook signing secret) are included when {@link #validCampaign()} has them.
     */
    public abstract List<String> secrets();

    /** {@return a campaign the simulator accepts, using only features the vendor supports} */
    public abstract Campaign validCampaign();

    /** {@return the method and path of the request that creates the campaign, such as {@code POST /campaigns}} */
    public abstract String createPath();

    /** {@return a 2xx body of the create request that lacks the id the vendor documents} */
    public abstract String successWithoutId();

    /** {@return a 2xx body whose envelope says the create failed} */
    public abstract String failureEnvelope();

    /**
     * A 2xx body of the create request carrying this id.
     *
     * @param idJson the id as JSON text
     * @return the body
     */
    public abstract String successWithId(String idJson);

    /**
     * The client's native calls that put an id in the URL path, each taking the id.
     *
     * @param client a client built by {@link #builder}
     * @return the calls by name
     */
    public abstract Map<String, Consumer<String>> nativeCallsTakingAnId(CampaignClient client);

    /**
     * {@return how to make this vendor's campaign list claim that another page follows (its own
     * field: a flag, a total), for the paging contract; empty when the list is not paged}
     */
    public Optional<UnaryOperator<ObjectNode>> listClaimingMorePages() {
        return Optional.empty();
    }

    /** {@return as {@link #listClaimingMorePages()}, for the call results of a campaign} */
    public Optional<UnaryOperator<ObjectNode>> resultsClaimingMorePages() {
        return Optional.empty();
    }

    /** {@return the campaign the fault matrix creates; {@link #validCampaign()} unless a provider needs a simpler one} */
    public Campaign faultCampaign() {
        return validCampaign();
    }

    /**
     * The campaign with one more feature in use. The defaults use values every vendor's rules
     * accept; a provider overrides this where its rules need other values.
     *
     * @param base a campaign this vendor accepts
     * @param feature the feature to add
     * @return the campaign with the feature
     */
    public Campaign withFeature(Campaign base, Feature feature) {
        Campaign.Builder b = base.toBuilder();
        Schedule schedule = base.schedule();
        CallerId caller = base.callerId().orElse(null);
        switch (feature) {
            case INLINE_TARGETS -> b.audience(Audience.targets(Target.of("+14155550100")));
            case TARGET_VARIABLES -> b.audience(Audience.targets(Target.of("+14155550100", Map.of("name", "Asha"))));
            case PER_TARGET_AGENT -> b.audience(Audience.targets(Target.builder("+14155550100")
                    .agentId("3c90c3cc-0d44-4b50-8888-8dd25736052b").build()));
            case PER_TARGET_CALLER_ID -> b.audience(Audience.targets(Target.builder("+14155550100")
                    .callerId(CallerId.ofNumber("+15105550199")).build()));
            case CONTACT_IDS -> b.audience(Audience.contactIds(List.of("contact-1")));
            case CONTACT_LISTS -> b.audience(Audience.contactLists(List.of("Recent buyers")));
            case AGENT -> b.agentId("3c90c3cc-0d44-4b50-8888-8dd25736052a");
            case CALLER_NUMBER -> b.callerId(caller != null && caller.phoneNumberId().isPresent()
                    ? CallerId.of("+15101234567", caller.phoneNumberId().get()) : CallerId.ofNumber("+15101234567"));
            case CALLER_PHONE_NUMBER_ID -> b.callerId(caller != null && caller.number().isPresent()
                    ? CallerId.of(caller.number().get(), "7") : CallerId.ofPhoneNumberId("7"));
            case SCHEDULED_START -> b.schedule(schedule.toBuilder()
                    .startAt(OffsetDateTime.parse("2031-03-04T10:15:00+05:30")).build());
            case TIME_ZONE -> b.schedule(schedule.toBuilder().timeZone(ZoneId.of("Asia/Kolkata")).build());
            case CALLING_WINDOWS -> b.schedule(withWindows(schedule,
                    CallingWindow.everyDay(LocalTime.of(9, 0), LocalTime.of(18, 0))));
            case DAY_OF_WEEK_SELECTION -> b.schedule(withWindows(schedule,
                    CallingWindow.weekdays(LocalTime.of(9, 0), LocalTime.of(18, 0))));
            case PER_DAY_HOURS -> b.schedule(withWindows(schedule,
                    CallingWindow.weekdays(LocalTime.of(9, 0), LocalTime.of(18, 0)),
                    CallingWindow.of(EnumSet.of(DayOfWeek.SATURDAY), LocalTime.of(10, 0), LocalTime.of(14, 0))));
            case CONCURRENCY -> b.maxConcurrentCalls(2);
            case RETRIES -> b.retryPolicy(RetryPolicy.of(2));
            case RETRY_GAP -> b.retryPolicy(RetryPolicy.of(2, Duration.ofMinutes(30)));
            case WEBHOOK -> b.webhook(Webhook.of("https://hooks.example.com/unidial", Secret.of("whsec_contract_hook"), true));
            case MACHINE_DETECTION -> b.machineDetection(true);
            case PRIORITY -> b.priority(3);
            case RING_TIME -> b.maxRingTime(Duration.ofSeconds(30));
            case DESCRIPTION -> b.description("Reminds customers of their renewal date");
            case CAMPAIGN_VARIABLES -> b.variables(Map.of("product", "Gold plan"));
        }
        return b.build();
    }

    /**
     * Adds what only this vendor needs (its options) to a random campaign of the property suite.
     *
     * @param b the campaign being built
     * @param draw a random number to draw values from
     * @return the builder
     */
    public Campaign.Builder withVendorOptions(Campaign.Builder b, int draw) {
        return b;
    }

    private static Schedule withWindows(Schedule schedule, CallingWindow... windows) {
        Schedule.Builder b = Schedule.builder();
        schedule.startAt().ifPresent(b::startAt);
        b.timeZone(schedule.timeZone().orElse(ZoneId.of("Asia/Kolkata")));
        for (CallingWindow w : windows) {
            b.window(w);
        }
        return b.build();
    }
}
