package dev.unidial.spring;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.context.annotation.Bean;

/** The {@code unidial} health indicator, with Spring Boot's actuator. */
@AutoConfiguration(after = UnidialAutoConfiguration.class)
@ConditionalOnClass(HealthIndicator.class)
@ConditionalOnProperty(name = "management.health.unidial.enabled", matchIfMissing = true)
public class UnidialHealthAutoConfiguration {
    /**
     * {@return the indicator}
     *
     * @param clients the configured clients
     */
    @Bean(name = "unidialHealthIndicator")
    @ConditionalOnMissingBean(name = "unidialHealthIndicator")
    public UnidialHealthIndicator unidialHealthIndicator(UnidialClients clients) {
        return new UnidialHealthIndicator(clients);
    }
}
