package dev.unidial;

import dev.unidial.internal.LowerCaseHeaders;
import dev.unidial.internal.UrlTokens;
import dev.unidial.spi.CallEventParser;
import dev.unidial.spi.ProviderDescriptor;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.ZoneId;
import java.util.Base64;
import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Turns vendors' call webhooks into one neutral {@link CallEvent}.
 *
 * <p>{@link #parse} only parses. A {@link Reader} also verifies each request before parsing
 * it: with a random token in the webhook URL you register (for vendors that sign nothing:
 * CallKaro, Ravan) and, where a vendor signs, with its {@link WebhookVerifier}. A request that
 * fails either, or is not the vendor's call event, throws {@link WebhookException}.
 *
 * <pre>{@code
 * Secret token = CallEvents.newUrlToken();              // keep it with your settings
 * String url = CallEvents.withUrlToken("https://example.com/hooks/calls", token);   // register this
 * CallEvents.Reader reader = CallEvents.reader().urlToken(token).build();
 * CallEvent e = reader.read("ravan", request.uri(), request.headers(), request.body());
 * }</pre>
 */
public final class CallEvents {
    /** The query parameter that carries the URL token. */
    public static final String TOKEN_PARAMETER = "unidial_token";

    private static final SecureRandom RANDOM = new SecureRandom();

    /** Each provider's parser, looked up once (parsers are stateless and thread-safe). */
    private static final Map<String, Optional<CallEventParser>> PARSERS = new ConcurrentHashMap<>();

    private CallEvents() {}

    /**
     * Parses a vendor's webhook body, without verifying it.
     *
     * @param provider the provider's name, such as {@code callkaro}
     * @param headers the request's headers (names in any case)
     * @param body the raw body
     * @return the event
     * @throws WebhookException if the body is not the vendor's call event, or the vendor sends none
     * @throws IllegalArgumentException if no such provider is on the class path
     */
    public static CallEvent parse(String provider, Map<String, String> headers, byte[] body) {
        return parse(provider, headers, body, Optional.empty());
    }

    private static CallEvent parse(String provider, Map<String, String> headers, byte[] body, Optional<ZoneId> zone) {
        return parseLowerCased(provider, LowerCaseHeaders.of(Objects.requireNonNull(headers, "headers")), body, zone);
    }

    private static CallEvent parseLowerCased(String provider, Map<String, String> lowerCased, byte[] body, Optional<ZoneId> zone) {
        Objects.requireNonNull(body, "body");
        Optional<CallEventParser> parser = PARSERS.get(provider);
        if (parser == null) {
            parser = PARSERS.computeIfAbsent(provider, p -> ProviderDescriptor.find(p).callEvents());
        }
        if (parser.isEmpty()) {
            throw new WebhookException(provider + " documents no call webhooks, so this cannot be one of its call events.");
        }
        return parser.get().parse(lowerCased, body, zone);
    }

    /** {@return a new random token (256 bits, URL-safe) to put in the webhook URLs you register} */
    public static Secret newUrlToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Secret.of(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }

    /**
     * {@return the webhook URL with the token added as {@value #TOKEN_PARAMETER}, before any
     * {@code #fragment}: the URL to register with the vendor} In a campaign's
     * {@link Webhook#url()} the token is a secret: it never shows in {@code toString()}, in
     * exception messages or in logs.
     *
     * @param webhookUrl your endpoint
     * @param token the token from {@link #newUrlToken()}
     */
    public static String withUrlToken(String webhookUrl, Secret token) {
        URI.create(Objects.requireNonNull(webhookUrl, "webhookUrl"));
        return UrlTokens.add(webhookUrl, Objects.requireNonNull(token, "token"));
    }

    /**
     * {@return the token a webhook URL carries in {@value #TOKEN_PARAMETER}, decoded; empty when
     * it carries none} Providers use it to keep the token out of messages.
     *
     * @param webhookUrl a URL made with {@link #withUrlToken}, or any other
     */
    public static Optional<Secret> urlToken(String webhookUrl) {
        return UrlTokens.find(Objects.requireNonNull(webhookUrl, "webhookUrl"));
    }

    /**
     * {@return headers as {@link #parse} and {@link Reader#read} take them, from a server that
     * hands over several values per name} The JDK's {@code HttpExchange.getRequestHeaders()} and
     * Spring's {@code HttpHeaders} are such maps. A name's values are joined with {@code ", "},
     * as HTTP combines repeated fields; a name without values is left out.
     *
     * @param headers each header's values, names in any case
     */
    public static Map<String, String> headers(Map<String, ? extends Collection<String>> headers) {
        Map<String, String> out = new HashMap<>();
        Objects.requireNonNull(headers, "headers").forEach((name, values) -> {
            if (name != null && values != null && !values.isEmpty()) {
                out.merge(name.toLowerCase(Locale.ROOT), String.join(", ", values), (a, b) -> a + ", " + b);
            }
        });
        return out;
    }

    /** {@return a builder for a reader that verifies requests before parsing them} */
    public static Reader.Builder reader() {
        return new Reader.Builder();
    }

    /**
     * Verifies, then parses, webhook requests. Every request must pass each check that applies
     * to its provider (the URL token when one is set; the provider's verifier when one is
     * set), and at least one must apply. Thread-safe.
     */
    public static final class Reader {
        private static final int SAME = 0;
        private static final int DIFFERENT = 1;
        private static final int ENCODED = 2;

        private final Secret token;
        /** The token's characters, compared with each request's: made once, never shown. */
        private final char[] expectedToken;
        /** Each configured provider's checks and zone, found with one lookup per request. */
        private final Map<String, Route> routes;

        private Reader(Builder b) {
            this.token = b.token;
            this.expectedToken = b.token == null ? null : b.token.reveal().toCharArray();
            Map<String, Route> r = new HashMap<>();
            Stream.of(b.verifiers, b.zones, b.organisations).flatMap(m -> m.keySet().stream()).distinct().forEach(name ->
                    r.put(name, new Route(b.verifiers.get(name), Optional.ofNullable(b.zones.get(name)), b.organisations.get(name))));
            this.routes = Map.copyOf(r);
        }

        /**
         * What the reader applies to one provider's requests.
         *
         * @param verifier its verifier, or null for none
         * @param zone its account's zone
         * @param organisation the organisation its events must name, or null for any
         */
        private record Route(WebhookVerifier verifier, Optional<ZoneId> zone, String organisation) {
            static final Route NONE = new Route(null, Optional.empty(), null);

            /** What is set, the verifier and organisation by whether they are, not what they hold. */
            @Override
            public String toString() {
                return "[verifier=" + (verifier == null ? "none" : "set") + zone.map(z -> ", zone=" + z).orElse("")
                        + (organisation == null ? "" : ", organisation=set") + "]";
            }
        }

        /**
         * Verifies and parses one request.
         *
         * @param provider the provider's name
         * @param requestUri the URI the request came to (its query carries the URL token)
         * @param headers the request's headers
         * @param body the raw body
         * @return the event
         * @throws WebhookVerificationException if verification fails (answer 401)
         * @throws WebhookException if the body is not the vendor's call event (answer 400)
         */
        public CallEvent read(String provider, URI requestUri, Map<String, String> headers, byte[] body) {
            String name = Objects.requireNonNull(provider, "provider").toLowerCase(Locale.ROOT);
            Objects.requireNonNull(requestUri, "requestUri");
            Map<String, String> lower = LowerCaseHeaders.of(Objects.requireNonNull(headers, "headers"));
            Route route = routes.getOrDefault(name, Route.NONE);
            WebhookVerifier verifier = route.verifier();
            if (token == null && verifier == null) {
                throw new WebhookVerificationException("No verification is set for " + provider + ": give the reader a URL token"
                        + " or a verifier for it.");
            }
            if (token != null && !tokenMatches(requestUri)) {
                throw new WebhookVerificationException("The webhook URL's " + TOKEN_PARAMETER + " is missing or wrong: the request"
                        + " was not sent to the URL you registered. Not read.");
            }
            if (verifier != null && !verifier.verify(body, lower)) {
                throw new WebhookVerificationException("The " + provider + " webhook failed its signature check. Not read.");
            }
            CallEvent event = parseLowerCased(name, lower, body, route.zone());
            String organisation = route.organisation();
            if (organisation != null && !organisation.equals(event.raw().path("org_id").asText(null))) {
                throw new WebhookVerificationException("The " + provider + " event belongs to another organisation, or"
                        + " names none. Not read.");
            }
            return event;
        }

        private boolean tokenMatches(URI uri) {
            String query = uri.getRawQuery();
            if (query == null) {
                return false;
            }
            boolean match = false;
            int from = 0;
            while (from <= query.length()) {
                int end = query.indexOf('&', from);
                if (end < 0) {
                    end = query.length();
                }
                int eq = query.indexOf('=', from);
                if (eq > from && eq < end && query.regionMatches(from, TOKEN_PARAMETER, 0, eq - from)
                        && eq - from == TOKEN_PARAMETER.length()) {
                    int compared = sameToken(query, eq + 1, end, false);
                    if (compared == ENCODED) {
                        String given;
                        try {
                            given = URLDecoder.decode(query.substring(eq + 1, end), StandardCharsets.UTF_8);
                        } catch (IllegalArgumentException e) {
                            return false;
                        }
                        compared = sameToken(given, 0, given.length(), true);
                    }
                    match |= compared == SAME;
                }
                from = end + 1;
            }
            return match;
        }

        /**
         * Compares a value with the token in place, in a time that depends on the value's
         * length only (the token is never empty): how much of a guess is right must not show. {@return {@link #SAME}, {@link #DIFFERENT}, or {@link #ENCODED} when a value
         * not yet {@code decoded} holds {@code %} or {@code +} and must be decoded first}
         */
        private int sameToken(String text, int from, int to, boolean decoded) {
            if (!decoded && (holds(text, '%', from, to) || holds(text, '+', from, to))) {
                return ENCODED;
            }
            char[] expected = expectedToken;
            int length = to - from;
            int shared = Math.min(length, expected.length);
            int difference = expected.length ^ length;
            for (int i = 0; i < shared; i++) {
                difference |= text.charAt(from + i) ^ expected[i];
            }
            // The rest of a longer value is read too, so that the time depends on its length alone.
            for (int i = shared; i < length; i++) {
                difference |= text.charAt(from + i) ^ expected[0];
            }
            return difference == 0 ? SAME : DIFFERENT;
        }

        private static boolean holds(String text, char c, int from, int to) {
            int at = text.indexOf(c, from);
            return at >= 0 && at < to;
        }

        @Override
        public String toString() {
            return "CallEvents.Reader[urlToken=" + (token == null ? "none" : "set") + ", providers=" + new TreeMap<>(routes) + "]";
        }

        /** Builds a {@link Reader}. */
        public static final class Builder {
            private Secret token;
            private final Map<String, WebhookVerifier> verifiers = new HashMap<>();
            private final Map<String, ZoneId> zones = new HashMap<>();
            private final Map<String, String> organisations = new HashMap<>();

            private Builder() {}

            /**
             * Refuses a provider's events that belong to another organisation: Ravan signs nothing
             * and advises checking its events' {@code org_id}; an event of another organisation, or
             * one without it, is a {@link WebhookVerificationException}.
             *
             * @param provider the provider's name ({@code ravan})
             * @param organisation your organisation's id, as its events carry it
             * @return this builder
             */
            public Builder organisation(String provider, String organisation) {
                organisations.put(Objects.requireNonNull(provider, "provider").toLowerCase(Locale.ROOT),
                        Objects.requireNonNull(organisation, "organisation"));
                return this;
            }

            /**
             * Requires this token in every request's URL (see {@link CallEvents#withUrlToken}).
             *
             * @param token the token from {@link CallEvents#newUrlToken()}
             * @return this builder
             */
            public Builder urlToken(Secret token) {
                this.token = Objects.requireNonNull(token, "token");
                return this;
            }

            /**
             * Requires a provider's requests to pass this verifier (such as MrAssistant's signature check).
             *
             * @param provider the provider's name
             * @param verifier the check
             * @return this builder
             */
            public Builder verifier(String provider, WebhookVerifier verifier) {
                verifiers.put(Objects.requireNonNull(provider, "provider").toLowerCase(Locale.ROOT),
                        Objects.requireNonNull(verifier, "verifier"));
                return this;
            }

            /**
             * Reads a provider's times that carry no offset in this zone (CallKaro's {@code time};
             * Ravan's and MrAssistant's {@code ended_at} when sent without one), as a client's
             * {@code accountZone} does. Without it they are read in UTC.
             *
             * @param provider the provider's name
             * @param zone the account's zone
             * @return this builder
             */
            public Builder accountZone(String provider, ZoneId zone) {
                zones.put(Objects.requireNonNull(provider, "provider").toLowerCase(Locale.ROOT), Objects.requireNonNull(zone, "zone"));
                return this;
            }

            /**
             * {@return the reader}
             *
             * @throws IllegalStateException if neither a URL token nor any verifier is set
             */
            public Reader build() {
                if (token == null && verifiers.isEmpty()) {
                    throw new IllegalStateException("A reader verifies: set a urlToken(...) or a verifier(...).");
                }
                return new Reader(this);
            }
        }
    }
}
