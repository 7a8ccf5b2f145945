package dev.unidial.mrassistant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.unidial.Audience;
import dev.unidial.CallerId;
import dev.unidial.Campaign;
import dev.unidial.Target;
import dev.unidial.http.Json;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MrAssistantCampaignMapperTest {
    private static final String AGENT = "3c90c3cc-0d44-4b50-8888-8dd25736052a";
    private static final ObjectMapper JSON = Json.newMapper();

    private static MrAssistantCampaignRequest mapped(Campaign campaign) {
        try (MrAssistantClient client = MrAssistantClient.builder().apiKey("ma_token_123456")
                .baseUrl("https://api.example.com").build()) {
            return MrAssistantCampaignMapper.toRequest(client.plan(campaign));
        }
    }

    private static final List<Target> TARGETS = List.of(
            Target.of("+919876543210", Map.of("name", "Asha", "visits", 3)),
            Target.builder("+919876543211").callerId(CallerId.ofNumber("+15107654321")).build(),
            Target.of("+919876543212"));

    private static Campaign campaign() {
        return campaign(Audience.targets(TARGETS));
    }

    private static Campaign campaign(Audience audience) {
        return Campaign.builder().name("Feedback").agentId(AGENT).callerId(CallerId.ofNumber("+15101234567"))
                .maxConcurrentCalls(3).audience(audience).build();
    }

    /** The same request, built target by target through the public builder. */
    private static MrAssistantCampaignRequest builtByHand() {
        return MrAssistantCampaignRequest.builder(AGENT, "Feedback")
                .target(new MrAssistantTarget("+919876543210", Optional.of("+15101234567"),
                        Map.of("name", "Asha", "visits", 3)))
                .target(new MrAssistantTarget("+919876543211", Optional.of("+15107654321"), Map.of()))
                .target(new MrAssistantTarget("+919876543212", Optional.of("+15101234567"), Map.of()))
                .concurrentCalls(3)
                .build();
    }

    @Test
    void targets_mapped_as_the_body_is_written_equal_targets_built_one_by_one() {
        MrAssistantCampaignRequest mapped = mapped(campaign());

        assertThat(mapped.targets()).isInstanceOf(MrAssistantCampaignMapper.MappedTargets.class);
        assertThat(mapped).isEqualTo(builtByHand()).hasSameHashCodeAs(builtByHand());
        assertThat(mapped.targets()).containsExactlyElementsOf(builtByHand().targets());
    }

    @Test
    void a_mapped_request_writes_the_same_bytes_as_one_built_by_hand() throws Exception {
        assertThat(JSON.writeValueAsString(mapped(campaign()))).isEqualTo(JSON.writeValueAsString(builtByHand()));
    }

    @Test
    void a_lazy_audience_is_mapped_whole() {
        Iterable<Target> lazy = TARGETS::iterator;

        MrAssistantCampaignRequest mapped = mapped(campaign(Audience.targets(lazy)));

        assertThat(mapped).isEqualTo(builtByHand());
    }

    @Test
    void mapped_targets_cannot_be_changed() {
        MrAssistantCampaignRequest mapped = mapped(campaign());

        assertThatThrownBy(() -> mapped.targets().remove(0))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThat(mapped.targets()).hasSize(3);
    }

    @Test
    void a_target_added_after_mapped_ones_joins_them() {
        MrAssistantTarget extra = new MrAssistantTarget("+919876543219", Optional.empty(), Map.of());
        MrAssistantCampaignMapper.MappedTargets targets =
                (MrAssistantCampaignMapper.MappedTargets) mapped(campaign()).targets();

        MrAssistantCampaignRequest request = MrAssistantCampaignRequest.builder(AGENT, "Feedback")
                .targets(targets).target(extra).build();

        assertThat(request.targets()).hasSize(4).endsWith(extra).startsWith(targets.get(0));
    }
}
