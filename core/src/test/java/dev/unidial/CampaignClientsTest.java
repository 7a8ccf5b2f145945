package dev.unidial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class CampaignClientsTest {

    @Test
    void finds_a_provider_on_the_class_path_by_name_case_insensitively() {
        try (CampaignClient client = CampaignClients.create("FAKE", Map.of("FAKE_API_KEY", "k-123456"))) {
            assertThat(client.provider()).isEqualTo("fake");
            assertThat(client.capabilities()).isEqualTo(FakeVendorClient.CAPABILITIES);
        }
        assertThat(CampaignClients.available()).contains("fake");
    }

    @Test
    void an_unknown_provider_names_what_is_available_and_what_to_add() {
        assertThatThrownBy(() -> CampaignClients.create("nosuch", Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("On the class path: fake.")
                .hasMessageContaining("kore (dev.unidial:unidial-kore)")
                .hasMessageNotContaining("unidial-nosuch");
    }

    @Test
    void a_missing_setting_is_named() {
        assertThatThrownBy(() -> CampaignClients.create("fake", Map.of()))
                .hasMessageContaining("FAKE_API_KEY");
    }
}
