package dev.unidial.spi;

import dev.unidial.Campaign;
import dev.unidial.CampaignClient;
import dev.unidial.CampaignValidator;
import dev.unidial.CreatedCampaign;
import dev.unidial.Feature;
import dev.unidial.MappingPolicy;
import dev.unidial.UnsupportedFeatureException;
import dev.unidial.Violations;
import dev.unidial.WireRequest;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * The neutral half of every vendor client: validate, check capabilities, apply the mapping
 * policy, then hand a {@link CampaignPlan} to the provider. A provider implements its
 * rules, its requests and how it sends them; the order of the checks is the same for all.
 *
 * <ol>
 *   <li>neutral rules ({@link CampaignValidator}) — {@code CampaignValidationException};</li>
 *   <li>capabilities — {@code UnsupportedFeatureException} under STRICT, warnings under LENIENT;</li>
 *   <li>the vendor's rules on what will be sent — {@code CampaignValidationException}.</li>
 * </ol>
 */
public abstract class AbstractCampaignClient implements CampaignClient {
    private final String provider;
    private final MappingPolicy mappingPolicy;
    private final java.util.concurrent.atomic.AtomicBoolean closed = new java.util.concurrent.atomic.AtomicBoolean();

    protected AbstractCampaignClient(String provider, MappingPolicy mappingPolicy) {
        this.provider = Objects.requireNonNull(provider, "provider");
        this.mappingPolicy = Objects.requireNonNull(mappingPolicy, "mappingPolicy");
    }

    @Override
    public final String provider() {
        return provider;
    }

    /** What this client does with features its vendor cannot express. */
    public final MappingPolicy mappingPolicy() {
        return mappingPolicy;
    }

    /** @throws IllegalStateException if the client is closed; nothing is sent */
    @Override
    public final CreatedCampaign create(Campaign campaign) {
        ensureOpen();
        return send(plan(campaign));
    }

    /** @throws IllegalStateException at once if the client is closed; nothing is sent */
    @Override
    public final CompletableFuture<CreatedCampaign> createAsync(Campaign campaign) {
        ensureOpen();
        return sendAsync(plan(campaign));
    }

    /** @throws IllegalStateException if the client is closed */
    @Override
    public final List<WireRequest> preview(Campaign campaign) {
        ensureOpen();
        return requests(plan(campaign));
    }

    /**
     * Closes the client: every later call throws {@link IllegalStateException} before anything
     * is sent, and what the client created for itself is released ({@link #release()}).
     * Closing twice does nothing more.
     */
    @Override
    public final void close() {
        if (closed.compareAndSet(false, true)) {
            release();
        }
    }

    /** Releases what the client created for itself; called once, by {@link #close()}. */
    protected abstract void release();

    /**
     * Throws if the client is closed.
     *
     * @throws IllegalStateException if {@link #close()} was called
     */
    protected final void ensureOpen() {
        if (closed.get()) {
            throw new IllegalStateException("This " + provider + " client is closed: build a new one to send more"
                    + " requests. Nothing was sent.");
        }
    }

    /**
     * Runs every check and returns what will be sent.
     *
     * @throws dev.unidial.CampaignValidationException if a neutral or vendor rule is broken
     * @throws UnsupportedFeatureException under STRICT, for features the vendor lacks
     */
    public final CampaignPlan plan(Campaign campaign) {
        Objects.requireNonNull(campaign, "campaign");
        CampaignValidator.Report report = CampaignValidator.inspect(campaign);
        Violations violations = new Violations().addAll(report.violations());
        violations.throwIfAny();

        Set<Feature> unsupported = EnumSet.noneOf(Feature.class);
        for (Feature f : FeatureUsage.of(campaign, report.targetVariables())) {
            if (!capabilities().supports(f)) {
                unsupported.add(f);
            }
        }
        if (!unsupported.isEmpty() && mappingPolicy == MappingPolicy.STRICT) {
            throw new UnsupportedFeatureException(provider, unsupported);
        }
        List<String> warnings = new ArrayList<>();
        for (Feature f : unsupported) {
            warnings.add(f.label() + " was not sent: " + provider + " cannot express it");
        }
        CampaignPlan plan = new CampaignPlan(campaign, unsupported, warnings, report.targetCount());
        vendorRules(plan, violations);
        violations.throwIfAny();
        return plan;
    }

    /** Records every vendor rule the planned campaign breaks; only kept features need checking. */
    protected abstract void vendorRules(CampaignPlan plan, Violations violations);

    /** Sends the planned campaign. */
    protected abstract CreatedCampaign send(CampaignPlan plan);

    /** Sends the planned campaign without blocking. */
    protected abstract CompletableFuture<CreatedCampaign> sendAsync(CampaignPlan plan);

    /** The requests {@link #send} would make, with credentials redacted. */
    protected abstract List<WireRequest> requests(CampaignPlan plan);
}
