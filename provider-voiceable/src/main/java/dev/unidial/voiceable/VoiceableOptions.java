package dev.unidial.voiceable;

import dev.unidial.ProviderOptions;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/**
 * Voiceable settings the neutral model has no words for.
 * <ul>
 *   <li>{@code scheduleZone}: Voiceable takes a start as a date and a time with no zone. By
 *       default the SDK sends the start's own local date and time (as written in its
 *       offset); set the zone your Voiceable account schedules in to have the start
 *       converted into it first.</li>
 *   <li>{@code recipients}: a CSV of your own, sent as is instead of one written from the
 *       audience.</li>
 * </ul>
 */
public final class VoiceableOptions implements ProviderOptions {
    private final ZoneId scheduleZone;
    private final VoiceableRecipients recipients;

    private VoiceableOptions(ZoneId scheduleZone, VoiceableRecipients recipients) {
        this.scheduleZone = scheduleZone;
        this.recipients = recipients;
    }

    /** No options. */
    public static VoiceableOptions none() {
        return new VoiceableOptions(null, null);
    }

    /** A copy converting the start into this zone before it is sent. */
    public VoiceableOptions scheduleZone(ZoneId zone) {
        return new VoiceableOptions(Objects.requireNonNull(zone, "zone"), recipients);
    }

    /** A copy sending this CSV instead of one written from the audience. */
    public VoiceableOptions recipients(VoiceableRecipients csv) {
        return new VoiceableOptions(scheduleZone, Objects.requireNonNull(csv, "recipients"));
    }

    @Override
    public String provider() {
        return VoiceableClient.PROVIDER;
    }

    /** The zone starts are converted into. */
    public Optional<ZoneId> scheduleZone() {
        return Optional.ofNullable(scheduleZone);
    }

    /** The user's own CSV. */
    public Optional<VoiceableRecipients> recipients() {
        return Optional.ofNullable(recipients);
    }

    @Override
    public String toString() {
        return "VoiceableOptions[scheduleZone=" + scheduleZone + ", recipients=" + recipients + "]";
    }
}
