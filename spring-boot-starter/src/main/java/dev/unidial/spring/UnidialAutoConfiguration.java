package dev.unidial.spring;

import dev.unidial.CallEventDeduplicator;
import dev.unidial.CampaignClient;
import dev.unidial.CampaignClientBuilder;
import dev.unidial.CampaignClients;
import dev.unidial.ClientListener;
import dev.unidial.jdbc.JdbcCallEventStore;
import dev.unidial.micrometer.UnidialMetrics;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.BeanDefinitionRegistryPostProcessor;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.EnvironmentAware;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Unidial's clients from the {@code unidial.*} properties: an {@link UnidialClients} bean, a
 * {@code <provider>CampaignClient} bean per configured provider, a
 * {@link CallEventDeduplicator}, and metrics when the application has a {@link MeterRegistry}.
 * The application's own beans of these types win.
 */
@AutoConfiguration(afterName = {"org.springframework.boot.actuate.autoconfigure.metrics.CompositeMeterRegistryAutoConfiguration",
        "org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration"})
public class UnidialAutoConfiguration {

    /**
     * {@return the clients of the configured providers, each with the application's listeners}
     *
     * @param environment the application's properties
     * @param listeners the {@link ClientListener} beans, such as the metrics below
     */
    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean
    public UnidialClients unidialClients(Environment environment, ObjectProvider<ClientListener> listeners) {
        UnidialProperties properties = UnidialProperties.read(environment);
        List<ClientListener> all = listeners.orderedStream().toList();
        Map<String, CampaignClient> clients = new LinkedHashMap<>();
        try {
            properties.settingsByProvider().forEach((provider, settings) -> clients.put(provider,
                    build(provider, settings, all)));
        } catch (RuntimeException e) {
            clients.values().forEach(CampaignClient::close);
            throw e;
        }
        return new UnidialClients(clients);
    }

    private static CampaignClient build(String provider, Map<String, String> settings, List<ClientListener> listeners) {
        try {
            CampaignClientBuilder<?> builder = CampaignClients.builder(provider).settings(settings);
            if (!listeners.isEmpty()) {
                builder.listener(listeners.size() == 1 ? listeners.get(0) : ClientListener.all(listeners.toArray(ClientListener[]::new)));
            }
            return builder.build();
        } catch (IllegalArgumentException | IllegalStateException e) {
            String setting = settings.keySet().stream().filter(s -> String.valueOf(e.getMessage()).contains(s)).findFirst()
                    .orElse(null);
            String property = setting == null ? "unidial." + provider : UnidialProperties.propertyOf(provider, setting);
            throw new UnidialConfigurationException(property, "The " + provider + " client cannot be built: "
                    + UnidialProperties.inPropertyNames(provider, String.valueOf(e.getMessage())));
        }
    }

    /**
     * {@return a de-duplicator in memory, for the webhook endpoint; with {@code unidial-jdbc} and
     * a {@code DataSource}, one over the database instead; a bean of your own wins}
     */
    @Bean
    @ConditionalOnMissingBean
    public CallEventDeduplicator unidialCallEventDeduplicator() {
        return CallEventDeduplicator.inMemory();
    }

    /**
     * {@return the registrar of one {@code <provider>CampaignClient} bean per configured provider}
     */
    @Bean
    public static BeanDefinitionRegistryPostProcessor unidialClientBeans() {
        return new ClientBeans();
    }

    /** Registers {@code <provider>CampaignClient} beans, each the {@link UnidialClients}' client. */
    static final class ClientBeans implements BeanDefinitionRegistryPostProcessor, EnvironmentAware {
        private Environment environment;

        @Override
        public void setEnvironment(Environment environment) {
            this.environment = environment;
        }

        @Override
        public void postProcessBeanDefinitionRegistry(BeanDefinitionRegistry registry) {
            for (String provider : UnidialProperties.read(environment).settingsByProvider().keySet()) {
                RootBeanDefinition definition = new RootBeanDefinition(CampaignClient.class);
                definition.setFactoryBeanName("unidialClients");
                definition.setFactoryMethodName("get");
                definition.getConstructorArgumentValues().addGenericArgumentValue(provider);
                definition.setDestroyMethodName(""); // UnidialClients closes it
                definition.setLazyInit(true); // an application's own UnidialClients may hold other providers
                registry.registerBeanDefinition(provider + "CampaignClient", definition);
            }
        }
    }

    /** The events every instance shares, when the application has {@code unidial-jdbc} and a {@code DataSource}. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "dev.unidial.jdbc.JdbcCallEventStore")
    @ConditionalOnBean(DataSource.class)
    static class SharedEvents {
        /**
         * {@return a de-duplicator over the database, its table made if missing}
         *
         * @param dataSource the application's database
         */
        @Bean
        @ConditionalOnMissingBean
        CallEventDeduplicator unidialCallEventDeduplicator(DataSource dataSource) {
            return CallEventDeduplicator.over(JdbcCallEventStore.create(dataSource).createSchema());
        }
    }

    /** Metrics, when the application has Micrometer and {@code unidial-micrometer}. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass({MeterRegistry.class, UnidialMetrics.class})
    @ConditionalOnBean(MeterRegistry.class)
    static class Metrics {
        /**
         * {@return the clients' metrics, in the application's registry}
         *
         * @param registry the registry
         */
        @Bean
        @ConditionalOnMissingBean
        UnidialMetrics unidialMetrics(MeterRegistry registry) {
            return UnidialMetrics.of(registry);
        }

        /**
         * {@return the webhook endpoint's counter, into the same metrics}
         *
         * @param metrics the clients' metrics
         */
        @Bean
        WebhookMeter unidialWebhookMeter(UnidialMetrics metrics) {
            return WebhookMeter.of(metrics);
        }
    }
}
