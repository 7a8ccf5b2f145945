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

    /** A client that sends each campaign as one request through this transport. */
    protected SingleRequestCampaignClient(String provider, MappingPolicy mappingPolicy, Transport transport) {
        super(provider, mappingPolicy, transport.settings().clock());
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

    @Override
    protected final CreatedCampaign send(CampaignPlan plan) {
        return toCreated(transport.execute(createRequest(plan)), plan);
    }

    @Override
    protected final CompletableFuture<CreatedCampaign> sendAsync(CampaignPlan plan) {
        return transport.executeAsync(createRequest(plan)).thenApply(response -> toCreated(response, plan));
    }

    /** Closes the transport: it refuses every later request and releases what it created itself. */
    @Override
    protected void release() {
        transport.close();
    }
}
