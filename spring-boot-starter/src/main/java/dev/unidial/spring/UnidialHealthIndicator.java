package dev.unidial.spring;

import java.util.Objects;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;

/**
 * The {@code unidial} health: up, with the configured providers. It calls no vendor: a
 * vendor's outage shows in the clients' metrics, not as the application being down.
 */
public final class UnidialHealthIndicator implements HealthIndicator {
    private final UnidialClients clients;

    /**
     * Reports on these clients.
     *
     * @param clients the configured clients
     */
    public UnidialHealthIndicator(UnidialClients clients) {
        this.clients = Objects.requireNonNull(clients, "clients");
    }

    @Override
    public Health health() {
        return Health.up().withDetail("providers", clients.providers()).build();
    }
}
