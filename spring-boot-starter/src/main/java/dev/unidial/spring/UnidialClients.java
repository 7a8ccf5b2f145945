package dev.unidial.spring;

import dev.unidial.CampaignClient;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * The application's Unidial clients, one per configured provider, made from the
 * {@code unidial.*} properties. Each is also a bean of its own, {@code <provider>CampaignClient}
 * ({@code ravanCampaignClient}). Closed with the application context.
 */
public final class UnidialClients implements AutoCloseable {
    private final Map<String, CampaignClient> clients;

    /**
     * Holds these clients.
     *
     * @param clients each provider's client, by provider name
     */
    public UnidialClients(Map<String, CampaignClient> clients) {
        this.clients = new TreeMap<>(Objects.requireNonNull(clients, "clients"));
    }

    /**
     * {@return the provider's client}
     *
     * @param provider a name such as {@code ravan}
     * @throws IllegalArgumentException if the provider is not configured
     */
    public CampaignClient get(String provider) {
        CampaignClient client = clients.get(provider);
        if (client == null) {
            throw new IllegalArgumentException("No Unidial client for '" + provider + "': configured are " + clients.keySet()
                    + "; set its unidial." + provider + ".* properties");
        }
        return client;
    }

    /** {@return the configured providers' names} */
    public Set<String> providers() {
        return clients.keySet();
    }

    /** Closes every client. */
    @Override
    public void close() {
        clients.values().forEach(CampaignClient::close);
    }

    @Override
    public String toString() {
        return "UnidialClients" + clients.keySet();
    }
}
