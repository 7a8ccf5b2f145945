package dev.unidial.voiceable;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Voiceable's rate-limit headers ({@code X-RateLimit-Limit}, {@code -Remaining},
 * {@code -Reset}), read from an {@link dev.unidial.ApiException}'s headers. Voiceable does
 * not document the numbers or the unit of {@code reset}; they are passed on as sent.
 *
 * @param limit requests allowed in the window
 * @param remaining requests left
 * @param reset when the window resets, as sent
 */
public record VoiceableRateLimit(Optional<Long> limit, Optional<Long> remaining, Optional<String> reset) {

    /**
     * {@return the rate-limit headers, when any is present}
     *
     * @param headers the response headers
     */
    public static Optional<VoiceableRateLimit> from(Map<String, List<String>> headers) {
        Optional<String> limit = first(headers, "x-ratelimit-limit");
        Optional<String> remaining = first(headers, "x-ratelimit-remaining");
        Optional<String> reset = first(headers, "x-ratelimit-reset");
        if (limit.isEmpty() && remaining.isEmpty() && reset.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new VoiceableRateLimit(limit.flatMap(VoiceableRateLimit::number),
                remaining.flatMap(VoiceableRateLimit::number), reset));
    }

    private static Optional<String> first(Map<String, List<String>> headers, String name) {
        List<String> v = headers.get(name);
        return v == null || v.isEmpty() ? Optional.empty() : Optional.of(v.get(0));
    }

    private static Optional<Long> number(String s) {
        try {
            return Optional.of(Long.parseLong(s.trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
