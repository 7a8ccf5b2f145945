package dev.unidial.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.unidial.http.Json;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A request a simulator received, whatever it answered.
 *
 * @param method the HTTP method
 * @param target the path with its query, exactly as sent
 * @param headers header values by lower-case name
 * @param body the body bytes
 */
public record SimulatedRequest(String method, String target, Map<String, List<String>> headers, byte[] body) {
    private static final ObjectMapper JSON = Json.newMapper();

    /**
     * Copies the headers.
     *
     * @param method the HTTP method
     * @param target the path with its query, exactly as sent
     * @param headers header values by lower-case name
     * @param body the body bytes
     */
    public SimulatedRequest {
        headers = Map.copyOf(headers);
    }

    /** {@return the path without the query} */
    public String path() {
        int q = target.indexOf('?');
        return q < 0 ? target : target.substring(0, q);
    }

    /**
     * {@return a query parameter's value}
     *
     * @param name the name
     */
    public Optional<String> query(String name) {
        int q = target.indexOf('?');
        if (q < 0) {
            return Optional.empty();
        }
        for (String pair : target.substring(q + 1).split("&")) {
            int eq = pair.indexOf('=');
            String key = eq < 0 ? pair : pair.substring(0, eq);
            if (key.equals(name)) {
                return Optional.of(eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return Optional.empty();
    }

    /**
     * {@return a header's first value}
     *
     * @param name the name
     */
    public Optional<String> header(String name) {
        List<String> v = headers.get(name.toLowerCase(Locale.ROOT));
        return v == null || v.isEmpty() ? Optional.empty() : Optional.of(v.get(0));
    }

    /** {@return the body as UTF-8 text} */
    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /**
     * {@return the body as JSON}
     *
     * @throws MalformedRequestException if it is not JSON: the simulator answers 400
     */
    public JsonNode json() {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new MalformedRequestException("The body is not JSON");
        }
    }

    /**
     * {@return a query parameter as a whole number of at least {@code min}, or the default when it is absent}
     *
     * @param name the name
     * @param fallback the value when the parameter is absent
     * @param min the least value accepted
     * @throws MalformedRequestException if it is not a whole number of at least {@code min}: the simulator answers 400
     */
    public int intQuery(String name, int fallback, int min) {
        Optional<String> value = query(name);
        if (value.isEmpty()) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(value.get());
            if (n >= min) {
                return n;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new MalformedRequestException(name + " must be a whole number of at least " + min);
    }

    /**
     * A request the simulator cannot read (a body that is not JSON, a query value out of range):
     * answered with 400 in the vendor's error envelope, never a 500.
     */
    public static final class MalformedRequestException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        /**
         * @param message what is wrong with the request, for the answer's message
         */
        public MalformedRequestException(String message) {
            super(message);
        }
    }
}
