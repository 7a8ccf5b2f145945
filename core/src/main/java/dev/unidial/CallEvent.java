package dev.unidial;

import com.fasterxml.jackson.databind.JsonNode;
import dev.unidial.internal.FrozenMap;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One finished call as a vendor's webhook reported it, in neutral terms: from
 * {@link CallEvents#parse} or a {@link CallEvents.Reader}. {@link #provider()},
 * {@link #eventId()}, {@link #to()} (E.164), {@link #outcome()}, {@link #rawOutcome()},
 * {@link #variables()} and {@link #raw()} are always there; everything else is optional, as
 * vendors send it. {@link #raw()} keeps the whole body, so nothing the vendor sent is lost.
 */
public final class CallEvent {
    /** The longest duration an event reports: a call of more than a day is a vendor's error, not a call. */
    public static final Duration MAX_DURATION = Duration.ofHours(24);
    /** The largest count (such as an attempt) an event reports. */
    public static final int MAX_COUNT = 1_000_000_000;
    /** The earliest end time an event reports (an assumption: no call of this SDK's users ended before). */
    public static final Instant EARLIEST_TIME = Instant.parse("2000-01-01T00:00:00Z");
    /** The end time an event reports only before (an assumption, far beyond any real call). */
    public static final Instant LATEST_TIME = Instant.parse("2200-01-01T00:00:00Z");

    private final String provider;
    private final String eventId;
    private final String campaignId;
    private final String callId;
    private final String to;
    private final String from;
    private final CallOutcome outcome;
    private final String rawOutcome;
    private final Duration duration;
    private final Instant endedAt;
    private final Integer attempt;
    private final String recordingUrl;
    private final String transcript;
    private final String summary;
    private final Map<String, Object> variables;
    private final JsonNode raw;

    private CallEvent(Builder b) {
        this.provider = Objects.requireNonNull(b.provider, "provider");
        this.eventId = Objects.requireNonNull(b.eventId, "eventId");
        this.to = Objects.requireNonNull(b.to, "to");
        this.outcome = Objects.requireNonNull(b.outcome, "outcome");
        this.rawOutcome = Objects.requireNonNull(b.rawOutcome, "rawOutcome");
        this.raw = Objects.requireNonNull(b.raw, "raw");
        this.campaignId = b.campaignId;
        this.callId = b.callId;
        this.from = b.from;
        this.duration = b.duration;
        this.endedAt = b.endedAt;
        this.attempt = b.attempt;
        this.recordingUrl = b.recordingUrl;
        this.transcript = b.transcript;
        this.summary = b.summary;
        this.variables = FrozenMap.copyOf(b.variables);
    }

    /** {@return a builder, for providers' parsers and for tests} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return the provider that sent it, such as {@code ravan}} */
    public String provider() {
        return provider;
    }

    /**
     * {@return a key that is the same for every delivery of this event and different for
     * another event (a retried call is another event): use it to de-duplicate}
     */
    public String eventId() {
        return eventId;
    }

    /** {@return the vendor's id of the campaign (batch) the call belongs to, when it says} */
    public Optional<String> campaignId() {
        return Optional.ofNullable(campaignId);
    }

    /** {@return the vendor's id of the call (or call session), when it says} */
    public Optional<String> callId() {
        return Optional.ofNullable(callId);
    }

    /** {@return the number called, in E.164 form} */
    public String to() {
        return to;
    }

    /** {@return the number called from, in E.164 form when the vendor sent one that is} */
    public Optional<String> from() {
        return Optional.ofNullable(from);
    }

    /** {@return the outcome in neutral terms} */
    public CallOutcome outcome() {
        return outcome;
    }

    /** {@return the vendor's own word for the outcome; empty text when it sent none} */
    public String rawOutcome() {
        return rawOutcome;
    }

    /** {@return how long the call lasted, when reported} */
    public Optional<Duration> duration() {
        return Optional.ofNullable(duration);
    }

    /** {@return when the call ended, when reported with (or read in) a known zone} */
    public Optional<Instant> endedAt() {
        return Optional.ofNullable(endedAt);
    }

    /** {@return which attempt at this person the call was, from 1, when reported} */
    public OptionalInt attempt() {
        return attempt == null ? OptionalInt.empty() : OptionalInt.of(attempt);
    }

    /** {@return where the recording is, when reported} */
    public Optional<String> recordingUrl() {
        return Optional.ofNullable(recordingUrl);
    }

    /** {@return the conversation as one text, when reported} */
    public Optional<String> transcript() {
        return Optional.ofNullable(transcript);
    }

    /** {@return the vendor's summary of the call, when reported} */
    public Optional<String> summary() {
        return Optional.ofNullable(summary);
    }

    /** {@return the variables the call carried (its metadata or context); empty when none} */
    public Map<String, Object> variables() {
        return variables;
    }

    /** {@return the whole body as the vendor sent it} */
    public JsonNode raw() {
        return raw;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CallEvent e && provider.equals(e.provider) && eventId.equals(e.eventId) && raw.equals(e.raw);
    }

    @Override
    public int hashCode() {
        return Objects.hash(provider, eventId);
    }

    @Override
    public String toString() {
        return "CallEvent[" + provider + " " + eventId + ", to=" + to + ", " + outcome + " (" + rawOutcome + ")"
                + (duration == null ? "" : ", " + duration.toSeconds() + " s") + "]";
    }

    /**
     * Builds a {@link CallEvent}. A field may be set with a plain value or an {@code Optional}:
     * the plain setters throw {@link NullPointerException} for null; leave the field unset, or
     * pass an empty {@code Optional}, for none.
     */
    public static final class Builder {
        private String provider;
        private String eventId;
        private String campaignId;
        private String callId;
        private String to;
        private String from;
        private CallOutcome outcome;
        private String rawOutcome;
        private Duration duration;
        private Instant endedAt;
        private Integer attempt;
        private String recordingUrl;
        private String transcript;
        private String summary;
        private Map<String, ?> variables = Map.of();
        private JsonNode raw;

        private Builder() {}

        /**
         * Sets the provider.
         *
         * @param provider the provider's name
         * @return this builder
         */
        public Builder provider(String provider) {
            this.provider = provider;
            return this;
        }

        /**
         * Sets the event's id.
         *
         * @param eventId the same for every delivery of the event
         * @return this builder
         */
        public Builder eventId(String eventId) {
            this.eventId = eventId;
            return this;
        }

        /**
         * Sets the campaign's id.
         *
         * @param campaignId the campaign (batch), when the vendor says
         * @return this builder
         */
        public Builder campaignId(Optional<String> campaignId) {
            this.campaignId = campaignId.orElse(null);
            return this;
        }

        /**
         * Sets the campaign's id.
         *
         * @param campaignId the campaign (batch)
         * @return this builder
         */
        public Builder campaignId(String campaignId) {
            this.campaignId = Objects.requireNonNull(campaignId, "campaignId");
            return this;
        }

        /**
         * Sets the call's id.
         *
         * @param callId the call or session, when the vendor says
         * @return this builder
         */
        public Builder callId(Optional<String> callId) {
            this.callId = callId.orElse(null);
            return this;
        }

        /**
         * Sets the call's id.
         *
         * @param callId the call or session
         * @return this builder
         */
        public Builder callId(String callId) {
            this.callId = Objects.requireNonNull(callId, "callId");
            return this;
        }

        /**
         * Sets the number called.
         *
         * @param to the number, E.164
         * @return this builder
         */
        public Builder to(String to) {
            this.to = to;
            return this;
        }

        /**
         * Sets the number called from.
         *
         * @param from the number, when the vendor sent one
         * @return this builder
         */
        public Builder from(Optional<String> from) {
            this.from = from.orElse(null);
            return this;
        }

        /**
         * Sets the number called from.
         *
         * @param from the number
         * @return this builder
         */
        public Builder from(String from) {
            this.from = Objects.requireNonNull(from, "from");
            return this;
        }

        /**
         * Sets the outcome.
         *
         * @param outcome the outcome in neutral terms
         * @param rawOutcome the vendor's own word for it
         * @return this builder
         */
        public Builder outcome(CallOutcome outcome, String rawOutcome) {
            this.outcome = outcome;
            this.rawOutcome = rawOutcome;
            return this;
        }

        /**
         * Sets the duration. A vendor's value that cannot be a call's length (negative, or over
         * {@link CallEvent#MAX_DURATION}) is left out: the event has no duration.
         *
         * @param duration how long the call lasted, when reported
         * @return this builder
         */
        public Builder duration(Optional<Duration> duration) {
            this.duration = callLength(duration.orElse(null));
            return this;
        }

        /**
         * Sets the duration, as {@link #duration(Optional)} does.
         *
         * @param duration how long the call lasted
         * @return this builder
         */
        public Builder duration(Duration duration) {
            this.duration = callLength(Objects.requireNonNull(duration, "duration"));
            return this;
        }

        private static Duration callLength(Duration d) {
            return d == null || d.isNegative() || d.compareTo(MAX_DURATION) > 0 ? null : d;
        }

        /**
         * Sets when the call ended. A time outside {@link CallEvent#EARLIEST_TIME} to
         * {@link CallEvent#LATEST_TIME} is left out: the event has no end time.
         *
         * @param endedAt the time, when known
         * @return this builder
         */
        public Builder endedAt(Optional<Instant> endedAt) {
            this.endedAt = callTime(endedAt.orElse(null));
            return this;
        }

        /**
         * Sets when the call ended, as {@link #endedAt(Optional)} does.
         *
         * @param endedAt the time
         * @return this builder
         */
        public Builder endedAt(Instant endedAt) {
            this.endedAt = callTime(Objects.requireNonNull(endedAt, "endedAt"));
            return this;
        }

        private static Instant callTime(Instant t) {
            return t == null || t.isBefore(EARLIEST_TIME) || !t.isBefore(LATEST_TIME) ? null : t;
        }

        /**
         * Sets the attempt. A negative value, or one over {@link CallEvent#MAX_COUNT}, is left out.
         *
         * @param attempt which attempt, from 1, when reported
         * @return this builder
         */
        public Builder attempt(OptionalInt attempt) {
            this.attempt = null;
            return attempt.isPresent() ? attempt(attempt.getAsInt()) : this;
        }

        /**
         * Sets the attempt, as {@link #attempt(OptionalInt)} does.
         *
         * @param attempt which attempt, from 1
         * @return this builder
         */
        public Builder attempt(int attempt) {
            this.attempt = attempt >= 0 && attempt <= MAX_COUNT ? attempt : null;
            return this;
        }

        /**
         * Sets the recording's URL.
         *
         * @param recordingUrl where the recording is, when reported
         * @return this builder
         */
        public Builder recordingUrl(Optional<String> recordingUrl) {
            this.recordingUrl = recordingUrl.orElse(null);
            return this;
        }

        /**
         * Sets the recording's URL.
         *
         * @param recordingUrl where the recording is
         * @return this builder
         */
        public Builder recordingUrl(String recordingUrl) {
            this.recordingUrl = Objects.requireNonNull(recordingUrl, "recordingUrl");
            return this;
        }

        /**
         * Sets the transcript.
         *
         * @param transcript the conversation as one text, when reported
         * @return this builder
         */
        public Builder transcript(Optional<String> transcript) {
            this.transcript = transcript.orElse(null);
            return this;
        }

        /**
         * Sets the transcript.
         *
         * @param transcript the conversation as one text
         * @return this builder
         */
        public Builder transcript(String transcript) {
            this.transcript = Objects.requireNonNull(transcript, "transcript");
            return this;
        }

        /**
         * Sets the summary.
         *
         * @param summary the vendor's summary, when reported
         * @return this builder
         */
        public Builder summary(Optional<String> summary) {
            this.summary = summary.orElse(null);
            return this;
        }

        /**
         * Sets the summary.
         *
         * @param summary the vendor's summary
         * @return this builder
         */
        public Builder summary(String summary) {
            this.summary = Objects.requireNonNull(summary, "summary");
            return this;
        }

        /**
         * Sets the variables.
         *
         * @param variables the call's metadata or context
         * @return this builder
         */
        public Builder variables(Map<String, ?> variables) {
            this.variables = Objects.requireNonNull(variables, "variables");
            return this;
        }

        /**
         * Sets the raw body.
         *
         * @param raw the whole body as a JSON tree
         * @return this builder
         */
        public Builder raw(JsonNode raw) {
            this.raw = raw;
            return this;
        }

        /**
         * {@return the event}
         *
         * @throws NullPointerException if provider, eventId, to, outcome or raw is missing
         */
        public CallEvent build() {
            return new CallEvent(this);
        }
    }
}
