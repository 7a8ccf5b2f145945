package dev.unidial.mrassistant;

import dev.unidial.AuthenticationException;
import dev.unidial.Secret;
import dev.unidial.http.RequestAuth;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Bearer auth from a username and password: logs in on first use, refreshes the access
 * token five minutes before it expires (24 h by default, or {@code expires_in}), logs in
 * again when the refresh token (30 days) has expired or is refused, and after a 401
 * renews once. One lock guards renewal, so many threads share one login; a thread that
 * waited on the lock uses the token another thread just obtained.
 */
final class MrAssistantPasswordAuth implements RequestAuth {
    static final Duration REFRESH_AHEAD = Duration.ofMinutes(5);
    static final Duration DEFAULT_ACCESS_LIFETIME = Duration.ofHours(24);
    static final Duration REFRESH_LIFETIME = Duration.ofDays(30);

    /** Obtains tokens; implemented by the client over its transport. */
    interface TokenEndpoint {
        MrAssistantTokenPair login(String username, Secret password);

        MrAssistantTokenPair refresh(Secret refreshToken);
    }

    private record State(Secret access, Secret refresh, Instant accessExpiry, Instant refreshExpiry) {}

    private final String username;
    private final Secret password;
    private final Clock clock;
    private final ReentrantLock lock = new ReentrantLock();
    private final TokenEndpoint endpoint;
    private volatile State state;

    MrAssistantPasswordAuth(String username, Secret password, Clock clock, TokenEndpoint endpoint) {
        this.username = Objects.requireNonNull(username, "username");
        this.password = Objects.requireNonNull(password, "password");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
    }

    @Override
    public Map<String, String> headers() {
        State s = state;
        if (s == null || !clock.instant().isBefore(s.accessExpiry.minus(REFRESH_AHEAD))) {
            s = renew(s);
        }
        return Map.of("Authorization", "Bearer " + s.access.reveal());
    }

    @Override
    public Set<String> headerNames() {
        return Set.of("Authorization");
    }

    /** The password and the tokens in use, which no message may show. */
    @Override
    public Collection<Secret> secrets() {
        State s = state;
        return s == null ? List.of(password) : List.of(password, s.access, s.refresh);
    }

    @Override
    public boolean refreshAfterRejection(Map<String, String> rejected) {
        lock.lock();
        try {
            State current = state;
            if (current != null && !rejected.getOrDefault("Authorization", "").equals("Bearer " + current.access.reveal())) {
                return true; // another thread already renewed the token that was refused
            }
            state = obtain(current);
            return true;
        } finally {
            lock.unlock();
        }
    }

    private State renew(State seen) {
        lock.lock();
        try {
            State current = state;
            if (current != null && current != seen && clock.instant().isBefore(current.accessExpiry.minus(REFRESH_AHEAD))) {
                return current;
            }
            state = obtain(current);
            return state;
        } finally {
            lock.unlock();
        }
    }

    private State obtain(State current) {
        Instant now = clock.instant();
        if (current != null && now.isBefore(current.refreshExpiry)) {
            try {
                return toState(endpoint.refresh(current.refresh), now);
            } catch (AuthenticationException refused) {
                // The refresh token was revoked or expired early: fall back to a fresh login.
            }
        }
        return toState(endpoint.login(username, password), now);
    }

    private static State toState(MrAssistantTokenPair token, Instant now) {
        Duration lifetime = token.expiresIn().filter(s -> s > 0).map(Duration::ofSeconds).orElse(DEFAULT_ACCESS_LIFETIME);
        return new State(token.accessToken(), token.refreshToken(), now.plus(lifetime), now.plus(REFRESH_LIFETIME));
    }

    @Override
    public String toString() {
        return "MrAssistantPasswordAuth[username=" + username + "]";
    }
}
