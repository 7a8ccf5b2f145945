package dev.unidial.voiceable;

import dev.unidial.Target;
import dev.unidial.spi.TargetUpload;
import dev.unidial.http.Multipart;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The {@code recipients_file} of a Voiceable campaign: either numbers the SDK writes as a
 * CSV ({@code phone_number} header, one E.164 number per line) while the request is sent,
 * or a CSV of your own handed over byte for byte. Nothing is built in memory first.
 */
public final class VoiceableRecipients {
    private static final byte[] HEADER = "phone_number\n".getBytes(StandardCharsets.US_ASCII);

    private final Multipart.PartWriter writer;
    private final String description;

    private VoiceableRecipients(Multipart.PartWriter writer, String description) {
        this.writer = writer;
        this.description = description;
    }

    /**
     * Numbers written as a CSV while sending; the source is read once per send.
     *
     * @param phoneNumbers the numbers, in E.164 form
     * @return the recipients
     */
    public static VoiceableRecipients numbers(Iterable<String> phoneNumbers) {
        Objects.requireNonNull(phoneNumbers, "phoneNumbers");
        return new VoiceableRecipients(out -> {
            out.write(HEADER);
            for (String n : phoneNumbers) {
                out.write(n.getBytes(StandardCharsets.US_ASCII));
                out.write('\n');
            }
        }, "numbers");
    }

    /**
     * The audience's numbers as a CSV, each target checked as it is read, so that a lazy
     * source is read once; the upload stops unfinished when the check fails.
     */
    static VoiceableRecipients checkedTargets(Iterable<Target> targets, TargetUpload upload) {
        return new VoiceableRecipients(raw -> {
            upload.start();
            // Lines are gathered in 8 KiB before they reach the socket's stream: a million small
            // writes through it would cost more than the numbers themselves.
            OutputStream out = new BufferedOutputStream(raw, 8192);
            out.write(HEADER);
            for (Target t : targets) {
                upload.check(t);
                if (t != null) {
                    out.write(t.phone().getBytes(StandardCharsets.UTF_8));
                    out.write('\n');
                }
            }
            // Before the part (and the body) ends: a failed check leaves the body unfinished.
            upload.finish();
            out.flush();
        }, "numbers");
    }

    /**
     * {@return a CSV file of your own, sent as is}
     *
     * @param file the CSV file
     */
    public static VoiceableRecipients csvFile(Path file) {
        Objects.requireNonNull(file, "file");
        return new VoiceableRecipients(out -> Files.copy(file, out), "file " + file.getFileName());
    }

    /**
     * {@return a CSV of your own from a stream; the supplier is called once per send (and per preview)}
     *
     * @param csv opens the CSV; called once per upload
     */
    public static VoiceableRecipients csvStream(Supplier<InputStream> csv) {
        Objects.requireNonNull(csv, "csv");
        return new VoiceableRecipients(out -> {
            try (InputStream in = Objects.requireNonNull(csv.get(), "csv stream")) {
                in.transferTo(out);
            }
        }, "stream");
    }

    Multipart.PartWriter writer() {
        return writer;
    }

    @Override
    public String toString() {
        return "VoiceableRecipients[" + description + "]";
    }
}
