package dev.unidial;

import java.util.Map;

/**
 * The service-provider interface through which {@link CampaignClients} finds vendors.
 * Each provider module registers one implementation in
 * {@code META-INF/services/dev.unidial.CampaignClientProvider}.
 */
public interface CampaignClientProvider {

    /** The provider's name, as in {@link CampaignClient#provider()}. */
    String name();

    /**
     * A client configured from settings. Keys are the provider's environment variable
     * names ({@code CALLKARO_API_KEY}, {@code CALLKARO_BASE_URL}…); a setting that is
     * absent falls back to the environment.
     *
     * @throws IllegalArgumentException if a required setting is missing
     */
    CampaignClient create(Map<String, String> settings);
}
