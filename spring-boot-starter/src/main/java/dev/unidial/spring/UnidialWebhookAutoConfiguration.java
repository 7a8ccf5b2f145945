package dev.unidial.spring;

import dev.unidial.CallEvent;
import dev.unidial.CallEventDeduplicator;
import dev.unidial.CallEvents;
import dev.unidial.EventInFlightException;
import dev.unidial.Secret;
import dev.unidial.WebhookException;
import dev.unidial.WebhookVerificationException;
import jakarta.servlet.ServletException;
import java.io.IOException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpStatus;
import org.springframework.util.ClassUtils;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * The webhook endpoint, with {@code unidial.webhooks.enabled=true}: {@code POST
 * {unidial.webhooks.path}/{provider}} (default path {@code /unidial/webhooks}), verified with
 * {@code unidial.webhooks.url-token}, de-duplicated by the {@link CallEventDeduplicator} bean,
 * each first delivery published as a {@link CallEventReceived}. The answers:
 * <ul>
 *   <li>200 once the synchronous listeners returned, and for a duplicate of an event handled;</li>
 *   <li>500 when a listener threw: the vendor delivers it again, and it is handled again;</li>
 *   <li>503 while the same event is still being handled (here or on another instance);</li>
 *   <li>401, with no detail, when verification fails; 400 for a verified body that is no call
 *       event; 404 for a provider that is not configured.</li>
 * </ul>
 */
@AutoConfiguration(after = UnidialAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(RouterFunction.class)
@ConditionalOnProperty(name = UnidialProperties.WEBHOOKS_ENABLED, havingValue = "true")
public class UnidialWebhookAutoConfiguration {

    /**
     * {@return the endpoint}
     *
     * @param environment the application's properties
     * @param clients the configured clients
     * @param deduplicator handles each event once
     * @param publisher publishes {@link CallEventReceived}
     * @param meters counts each delivery, when the application has metrics
     */
    @Bean
    public RouterFunction<ServerResponse> unidialWebhooks(Environment environment, UnidialClients clients,
            CallEventDeduplicator deduplicator, ApplicationEventPublisher publisher, ObjectProvider<WebhookMeter> meters) {
        WebhookMeter meter = meters.getIfAvailable(() -> WebhookMeter.NONE);
        String path = environment.getProperty(UnidialProperties.WEBHOOKS_PATH, UnidialProperties.DEFAULT_WEBHOOKS_PATH);
        String token = environment.getProperty(UnidialProperties.WEBHOOKS_URL_TOKEN);
        if (token == null || token.isBlank()) {
            throw new UnidialConfigurationException(UnidialProperties.WEBHOOKS_URL_TOKEN, UnidialProperties.WEBHOOKS_URL_TOKEN
                    + " is required with unidial.webhooks.enabled=true: CallKaro and Ravan sign nothing, so the URL's token"
                    + " is what tells their deliveries from anyone's (make one with CallEvents.newUrlToken())");
        }
        CallEvents.Reader.Builder readers = CallEvents.reader().urlToken(Secret.of(token.trim()));
        String secret = environment.getProperty(UnidialProperties.MRASSISTANT_WEBHOOK_SECRET);
        if (secret != null && !secret.isBlank()) {
            if (!ClassUtils.isPresent("dev.unidial.mrassistant.MrAssistantWebhookVerifier", getClass().getClassLoader())) {
                throw new UnidialConfigurationException(UnidialProperties.MRASSISTANT_WEBHOOK_SECRET,
                        UnidialProperties.MRASSISTANT_WEBHOOK_SECRET + " is set, but unidial-mrassistant is not on the class path");
            }
            MrAssistantSignatures.verify(readers, secret.trim());
        }
        CallEvents.Reader reader = readers.build();
        return RouterFunctions.route().POST(path.replaceAll("/+$", "") + "/{provider}",
                request -> answer(request, clients, reader, deduplicator, publisher, meter)).build();
    }

    private static ServerResponse answer(ServerRequest request, UnidialClients clients, CallEvents.Reader reader,
            CallEventDeduplicator deduplicator, ApplicationEventPublisher publisher, WebhookMeter meter)
            throws IOException, ServletException {
        String provider = request.pathVariable("provider");
        if (!clients.providers().contains(provider)) {
            return ServerResponse.status(HttpStatus.NOT_FOUND).build();
        }
        CallEvent event;
        try {
            event = reader.read(provider, request.uri(), CallEvents.headers(request.headers().asHttpHeaders()),
                    request.body(byte[].class));
        } catch (WebhookVerificationException e) {
            meter.count(provider, "refused");
            return ServerResponse.status(HttpStatus.UNAUTHORIZED).build();
        } catch (WebhookException e) {
            meter.count(provider, "refused");
            return ServerResponse.badRequest().body(e.getMessage());
        }
        try {
            boolean handled = deduplicator.handleOnce(event, e -> publisher.publishEvent(new CallEventReceived(e)));
            meter.count(provider, handled ? "handled" : "duplicate");
            return ServerResponse.ok().build();
        } catch (EventInFlightException e) {
            return ServerResponse.status(HttpStatus.SERVICE_UNAVAILABLE).build();
        } catch (RuntimeException e) {
            return ServerResponse.status(HttpStatus.INTERNAL_SERVER_ERROR).build();
        }
    }
}
