package dev.unidial;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

/**
 * Creates campaigns on one vendor from the neutral {@link Campaign}, and follows and controls
 * them afterwards where the vendor documents how ({@link Capabilities} lists which).
 *
 * <p>Every method validates the campaign first (neutral rules, then the vendor's) and
 * applies the client's {@link MappingPolicy}, so nothing is sent for a campaign the vendor
 * would refuse or could not express. Implementations are safe for concurrent use.
 */
public interface CampaignClient extends AutoCloseable {

    /**
     * {@return the provider's name: {@code callkaro}, {@code voiceable}, {@code mrassistant}, {@code kore}, {@code ravan}}
     */
    String provider();

    /** {@return what this vendor can express} */
    Capabilities capabilities();

    /**
     * Validates, maps and sends the campaign.
     *
     * @param campaign the campaign
     * @return the campaign as the vendor created it
     * @throws CampaignValidationException if the campaign breaks a neutral or vendor rule (nothing sent)
     * @throws UnsupportedFeatureException under {@link MappingPolicy#STRICT}, if it uses a feature the vendor lacks (nothing sent)
     * @throws ApiException if the vendor answered with an error
     * @throws ApiConnectionException if no usable answer arrived
     * @throws UnexpectedResponseException if a success answer is not what the vendor documents
     * @throws PartialFailureException if a multi-request create got part of the way
     */
    CreatedCampaign create(Campaign campaign);

    /**
     * {@link #create(Campaign)} without blocking the caller. Validation and feature errors
     * are thrown at once; errors on the wire complete the future exceptionally with the
     * same exception types.
     *
     * @param campaign the campaign
     * @return a future completed with the created campaign, or with the exception {@link #create(Campaign)} would throw
     */
    CompletableFuture<CreatedCampaign> createAsync(Campaign campaign);

    /**
     * {@return what {@link #create(Campaign)} would do: the exact HTTP requests in order, secrets
     * redacted, with the warnings and the features left out that the created campaign would
     * carry} Nothing is sent. Validation and feature checks apply as for {@code create}.
     *
     * @param campaign the campaign
     * @throws CampaignValidationException if a rule is broken
     * @throws UnsupportedFeatureException under STRICT, for a feature the vendor cannot express
     */
    Preview preview(Campaign campaign);

    /**
     * Reads a campaign's current state.
     *
     * @param campaignId the vendor's id of the campaign
     * @return the campaign as the vendor describes it now
     * @throws UnsupportedFeatureException if the vendor documents no way to read a campaign ({@link Feature#GET_CAMPAIGN}); nothing is sent
     * @throws NotFoundException if the vendor knows no such campaign
     * @throws IllegalArgumentException if the id is empty, {@code .} or {@code ..}
     */
    default CampaignSnapshot get(String campaignId) {
        throw unsupported(Feature.GET_CAMPAIGN);
    }

    /**
     * The account's campaigns, pages fetched only as the stream is consumed. Close the stream
     * (or use it in try-with-resources) when stopping early; a page that fails throws the
     * usual typed exception from the stream's operation.
     *
     * @return the campaigns
     * @throws UnsupportedFeatureException if the vendor documents no list ({@link Feature#LIST_CAMPAIGNS})
     */
    default Stream<CampaignSnapshot> list() {
        throw unsupported(Feature.LIST_CAMPAIGNS);
    }

    /**
     * Starts a campaign that is not running.
     *
     * @param campaignId the vendor's id of the campaign
     * @return the state the vendor's answer gives, without a further request
     * @throws UnsupportedFeatureException if the vendor documents no start ({@link Feature#START})
     */
    default CampaignSnapshot start(String campaignId) {
        throw unsupported(Feature.START);
    }

    /**
     * Pauses a running campaign.
     *
     * @param campaignId the vendor's id of the campaign
     * @return the state the vendor's answer gives, without a further request
     * @throws UnsupportedFeatureException if the vendor documents no pause ({@link Feature#PAUSE})
     */
    default CampaignSnapshot pause(String campaignId) {
        throw unsupported(Feature.PAUSE);
    }

    /**
     * Resumes a paused campaign.
     *
     * @param campaignId the vendor's id of the campaign
     * @return the state the vendor's answer gives, without a further request
     * @throws UnsupportedFeatureException if the vendor documents no resume ({@link Feature#RESUME})
     */
    default CampaignSnapshot resume(String campaignId) {
        throw unsupported(Feature.RESUME);
    }

    /**
     * Ends a campaign for good.
     *
     * @param campaignId the vendor's id of the campaign
     * @return the state the vendor's answer gives, without a further request
     * @throws UnsupportedFeatureException if the vendor documents no cancel ({@link Feature#CANCEL})
     */
    default CampaignSnapshot cancel(String campaignId) {
        throw unsupported(Feature.CANCEL);
    }

    /**
     * Deletes a campaign.
     *
     * @param campaignId the vendor's id of the campaign
     * @throws UnsupportedFeatureException if the vendor documents no delete ({@link Feature#DELETE})
     */
    default void delete(String campaignId) {
        throw unsupported(Feature.DELETE);
    }

    /**
     * Each person's outcome, pages fetched only as the stream is consumed (see {@link #list()}).
     *
     * @param campaignId the vendor's id of the campaign
     * @return the results
     * @throws UnsupportedFeatureException if the vendor documents no per-call results ({@link Feature#CALL_RESULTS})
     */
    default Stream<CallResult> results(String campaignId) {
        throw unsupported(Feature.CALL_RESULTS);
    }

    /**
     * Polls {@link #get} with backoff (respecting the vendor's rate limit and any
     * {@code Retry-After}) until the campaign's status is one of {@code wanted}. A terminal
     * status that is not wanted ends the wait at once: that snapshot is returned, and the
     * caller reads its {@code status()}.
     *
     * @param campaignId the vendor's id of the campaign
     * @param wanted the statuses to wait for
     * @param timeout how long to wait at most
     * @return the first snapshot whose status is wanted, or terminal
     * @throws CampaignTimeoutException if the time runs out first, with the last state read
     * @throws UnsupportedFeatureException if the vendor documents no way to read a campaign
     */
    default CampaignSnapshot awaitStatus(String campaignId, Set<CampaignStatus> wanted, Duration timeout) {
        throw unsupported(Feature.GET_CAMPAIGN);
    }

    private UnsupportedFeatureException unsupported(Feature feature) {
        return new UnsupportedFeatureException(provider(), Set.of(feature), capabilities().hint(feature)
                .map(h -> Map.of(feature, h)).orElse(Map.of()));
    }

    /**
     * Releases connections and threads this client created itself, never a client the user
     * passed in. Afterwards every call, {@code createAsync} included, throws
     * {@link IllegalStateException} at once and nothing is sent.
     */
    @Override
    void close();
}
