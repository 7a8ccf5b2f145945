package dev.unidial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The webhook URL's token is a secret: placed correctly, found again, never printed. */
class UrlTokensTest {
    private static final Secret TOKEN = Secret.of("tok-9f8e7d6c5b4a");

    @Test
    void the_token_goes_before_a_fragment_and_after_an_existing_query() {
        assertThat(CallEvents.withUrlToken("https://example.com/hooks#calls", TOKEN))
                .isEqualTo("https://example.com/hooks?unidial_token=tok-9f8e7d6c5b4a#calls");
        assertThat(CallEvents.withUrlToken("https://example.com/hooks?team=a#calls", TOKEN))
                .isEqualTo("https://example.com/hooks?team=a&unidial_token=tok-9f8e7d6c5b4a#calls");
        assertThat(CallEvents.withUrlToken("https://example.com/hooks", TOKEN))
                .isEqualTo("https://example.com/hooks?unidial_token=tok-9f8e7d6c5b4a");
    }

    @Test
    void the_token_is_found_again_decoded() {
        Secret odd = Secret.of("a b&c=d");
        assertThat(CallEvents.urlToken(CallEvents.withUrlToken("https://example.com/h#x", odd))).contains(odd);
        assertThat(CallEvents.urlToken("https://example.com/h?x=1")).isEmpty();
    }

    @Test
    void neither_the_webhook_nor_the_campaign_prints_the_token() {
        Webhook hook = Webhook.of(CallEvents.withUrlToken("https://example.com/hooks?team=a#calls", TOKEN));
        Campaign campaign = Campaign.builder().name("R").webhook(hook).build();

        assertThat(hook.toString()).doesNotContain(TOKEN.reveal())
                .contains("https://example.com/hooks?team=a&unidial_token=[redacted]#calls");
        assertThat(campaign.toString()).doesNotContain(TOKEN.reveal());
        assertThat(hook.url()).as("the URL itself is what the vendor must get").contains(TOKEN.reveal());
    }

    @Test
    void a_validation_message_about_the_url_does_not_print_the_token() {
        Campaign campaign = Campaign.builder().name("R").agentId("a")
                .audience(Audience.targets(Target.of("+14155550100")))
                .webhook(Webhook.of(CallEvents.withUrlToken("ftp://example.com/hooks", TOKEN))).build();
        assertThatThrownBy(() -> CampaignValidator.requireValid(campaign)).isInstanceOf(CampaignValidationException.class)
                .hasMessageContaining("webhook.url").hasMessageNotContaining(TOKEN.reveal());
    }
}
