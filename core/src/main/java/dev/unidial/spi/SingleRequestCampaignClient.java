package dev.unidial.spi;

import dev.unidial.CreatedCampaign;
import dev.unidial.MappingPolicy;
import dev.unidial.WireRequest;
import dev.unidial.http.Transport;
import dev.unidial.http.WireResponse;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * A vendor whose create is one request: the provider says how to build that request and how
 * to read its answer; previewing, sending (blocking or not) and closing are the same for all
 * such vendors and live here.
 */
public abstract class SingleRequestCampaignClient extends AbstractCampaignClient {
    /** The provider's transport. */
    protected final Transport transport;

    /**
     * A client that sends each campaign as one request through this transport.
     *
     * @param provider the provider's name
     * @param mappingPolicy what to do with features the vendor cannot express
     * @param transport the transport; its clock and sleeper are the client's too
     */
    protected SingleRequestCampaignClient(String provider, MappingPolicy mappingPolicy, Transport transport) {
        super(provider, mappingPolicy, transport.settings());
        this.transport = Objects.requireNonNull(transport, "transport");
    }

    /**
     * {@return the create request for the planned campaign}
     *
     * @param plan the checked campaign and the features kept
     */
    protected abstract WireRequest createRequest(CampaignPlan plan);

    /**
     * {@return the neutral result read from the vendor's answer}
     *
     * @param response the response being read
     * @param plan the checked campaign and the features kept
     */
    protected abstract CreatedCampaign toCreated(WireResponse response, CampaignPlan plan);

    /**
     * {@return the request shown by {@code preview}; override to hide secrets a body carries}
     *
     * @param plan the checked campaign and the features kept
     */
    protected WireRequest previewRequest(CampaignPlan plan) {
        return createRequest(plan);
    }

    @Override
    protected final List<WireRequest> requests(CampaignPlan plan) {
        return List.of(transport.preview(previewRequest(plan)));
    }

    /**
     * The create request for a plan whose lazy targets are checked while they are written; the
     * body's writer must call {@link TargetUpload#check} for each target and
     * {@link TargetUpload#finish} before the body ends. Needed only by a provider whose
     * {@link #checksLazyTargetsWhileSending()} is true.
     *
     * @param plan the plan, whose targets are not yet checked
     * @param upload the check to run while writing
     * @return the request
     */
    protected WireRequest createRequest(CampaignPlan plan, TargetUpload upload) {
        throw new UnsupportedOperationException(provider() + " checks every target before sending");
    }

    @Override
    protected final CreatedCampaign send(CampaignPlan plan) {
        if (plan.targetsChecked()) {
            return toCreated(transport.execute(createRequest(plan)), plan);
        }
        TargetUpload upload = startUpload(plan);
        WireResponse response = transport.execute(createRequest(plan, upload));
        return toCreated(response, upload.plan());
    }

    @Override
    protected final CompletableFuture<CreatedCampaign> sendAsync(CampaignPlan plan) {
        if (plan.targetsChecked()) {
            return transport.executeAsync(createRequest(plan)).thenApply(response -> toCreated(response, plan));
        }
        TargetUpload upload = startUpload(plan);
        return transport.executeAsync(createRequest(plan, upload)).thenApply(response -> toCreated(response, upload.plan()));
    }

    /** Closes the transport: it refuses every later request and releases what it created itself. */
    @Override
    protected void release() {
        transport.close();
    }
}
