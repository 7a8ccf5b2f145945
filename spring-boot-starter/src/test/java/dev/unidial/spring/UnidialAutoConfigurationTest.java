package dev.unidial.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.unidial.Audience;
import dev.unidial.CallerId;
import dev.unidial.Campaign;
import dev.unidial.CampaignClient;
import dev.unidial.micrometer.UnidialMetrics;
import dev.unidial.testkit.RavanSimulator;
import dev.unidial.testkit.VendorSimulator;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class UnidialAutoConfigurationTest {
    private final RavanSimulator ravan = VendorSimulator.ravan();
    private final ApplicationContextRunner runner = new ApplicationContextRunner().withConfiguration(
            AutoConfigurations.of(UnidialAutoConfiguration.class, UnidialHealthAutoConfiguration.class));

    @AfterEach
    void stop() {
        ravan.close();
    }

    private String[] ravanProperties() {
        Map<String, String> s = ravan.settings();
        return new String[] {"unidial.ravan.api-key=" + s.get("RAVAN_API_KEY"), "unidial.ravan.base-url=" + s.get("RAVAN_BASE_URL")};
    }

    /** The configuration exception at the bottom of a startup failure. */
    static UnidialConfigurationException root(Throwable failure) {
        Throwable t = failure;
        while (!(t instanceof UnidialConfigurationException) && t.getCause() != null) {
            t = t.getCause();
        }
        assertThat(t).isInstanceOf(UnidialConfigurationException.class);
        return (UnidialConfigurationException) t;
    }

    @Test
    void a_provider_whose_properties_are_set_gets_a_client_and_a_bean_of_its_own() {
        runner.withPropertyValues(ravanProperties()).run(context -> {
            assertThat(context).hasNotFailed();
            UnidialClients clients = context.getBean(UnidialClients.class);
            assertThat(clients.providers()).containsExactly("ravan");
            assertThat(context.getBean("ravanCampaignClient", CampaignClient.class)).isSameAs(clients.get("ravan"));
            assertThat(context.getBean(UnidialHealthIndicator.class).health().getStatus()).isEqualTo(Status.UP);
            assertThat(context.getBean(UnidialHealthIndicator.class).health().getDetails())
                    .containsEntry("providers", Set.of("ravan"));
        });
    }

    @Test
    void without_properties_no_provider_is_configured_and_asking_for_one_names_the_properties() {
        runner.run(context -> {
            UnidialClients clients = context.getBean(UnidialClients.class);
            assertThat(clients.providers()).isEmpty();
            assertThatThrownBy(() -> clients.get("ravan"))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unidial.ravan.");
        });
    }

    @Test
    void the_applications_own_clients_bean_wins() {
        UnidialClients own = new UnidialClients(Map.of());
        runner.withPropertyValues(ravanProperties()).withBean(UnidialClients.class, () -> own)
                .run(context -> assertThat(context.getBean(UnidialClients.class)).isSameAs(own));
    }

    @Test
    void an_unknown_property_stops_startup_naming_it() {
        runner.withPropertyValues("unidial.ravan.api-kee=x").run(context -> {
            assertThat(context).hasFailed();
            UnidialConfigurationException cause = root(context.getStartupFailure());
            assertThat(cause).hasMessageContaining("unidial.ravan.api-kee");
            assertThat(new UnidialFailureAnalyzer().analyze(context.getStartupFailure()).getAction())
                    .contains("unidial.ravan.api-kee");
            assertThat(cause.property()).isEqualTo("unidial.ravan.api-kee");
        });
    }

    @Test
    void a_value_the_client_refuses_stops_startup_naming_the_property() {
        runner.withPropertyValues(ravanProperties()).withPropertyValues("unidial.mapping-policy=SLOPPY").run(context -> {
            assertThat(context).hasFailed();
            assertThat(root(context.getStartupFailure())).hasMessageContaining("unidial.mapping-policy");
        });
    }

    @Test
    void a_credential_without_its_partner_stops_startup_naming_the_properties() {
        runner.withPropertyValues("unidial.mrassistant.base-url=https://api.mrassistant.example",
                "unidial.mrassistant.username=ops@example.com").run(context -> {
                    assertThat(context).hasFailed();
                    UnidialConfigurationException cause = root(context.getStartupFailure());
                    assertThat(cause).hasMessageContaining("unidial.mrassistant.password").hasMessageNotContaining("MRASSISTANT_");
                });
    }

    @Test
    void with_a_meter_registry_every_client_records_its_requests_there() {
        runner.withPropertyValues(ravanProperties()).withBean(MeterRegistry.class, SimpleMeterRegistry::new).run(context -> {
            assertThat(context).hasSingleBean(UnidialMetrics.class);
            CampaignClient client = context.getBean("ravanCampaignClient", CampaignClient.class);
            client.create(Campaign.builder().name("Q4 Outreach").agentId("agent-1")
                    .callerId(CallerId.of("+918035088113", "019e92f4-097d-7a52-b5e5-fa7e0dd0761f"))
                    .audience(Audience.contactIds(List.of("contact-1"))).build());
            assertThat(context.getBean(MeterRegistry.class).get(UnidialMetrics.REQUESTS).tags("provider", "ravan").timer()
                    .count()).isEqualTo(1);
        });
    }
}
