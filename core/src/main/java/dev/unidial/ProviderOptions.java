package dev.unidial;

/**
 * Settings that only one vendor has, such as Kore.ai's experience flow or CallKaro's
 * language. Each provider module defines one implementation; a campaign may carry options
 * for several vendors at once, and each provider reads only its own.
 */
public interface ProviderOptions {
    /** {@return the provider these options belong to, as in {@link CampaignClient#provider()}} */
    String provider();
}
