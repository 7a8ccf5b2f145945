package dev.unidial;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Creates campaigns on one vendor from the neutral {@link Campaign}.
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
     * {@return the exact HTTP requests {@link #create(Campaign)} would send, in order, with secrets
     * redacted} Nothing is sent. Validation and feature checks apply as for {@code create}.
     *
     * @param campaign the campaign
     */
    List<WireRequest> preview(Campaign campaign);

    /**
     * Releases connections and threads this client created itself, never a client the user
     * passed in. Afterwards every call, {@code createAsync} included, throws
     * {@link IllegalStateException} at once and nothing is sent.
     */
    @Override
    void close();
}
