package dev.unidial;

/** What a client does with a campaign that uses features its vendor cannot express. */
public enum MappingPolicy {
    /**
     * The default: refuse the campaign before any request with an
     * {@link UnsupportedFeatureException} that names every such feature.
     */
    STRICT,
    /**
     * Send the campaign without those features and list each one dropped in
     * {@link CreatedCampaign#warnings()}. Nothing is dropped silently.
     */
    LENIENT
}
