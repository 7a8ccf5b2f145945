package dev.unidial.http;

import dev.unidial.WireBody;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A {@code multipart/form-data} body whose parts are written while it is sent: a file part
 * is produced by a {@link PartWriter} straight onto the socket, so a million-line CSV is
 * never built in memory. Its length is unknown, so it goes out chunked.
 */
public final class Multipart implements WireBody {

    /** Writes a file part's content; called each time the body is written. */
    @FunctionalInterface
    public interface PartWriter {
        /**
         * Writes the content.
         *
         * @param out where to write
         * @throws IOException if the stream fails
         */
        void writeTo(OutputStream out) throws IOException;
    }

    private record Part(String name, String fileName, String contentType, PartWriter writer) {}

    private final String boundary;
    private final List<Part> parts;

    private Multipart(String boundary, List<Part> parts) {
        this.boundary = boundary;
        this.parts = List.copyOf(parts);
    }

    /** {@return a builder with a random boundary} */
    public static Builder builder() {
        return new Builder("unidial-" + UUID.randomUUID());
    }

    @Override
    public String contentType() {
        return "multipart/form-data; boundary=" + boundary;
    }

    @Override
    public long contentLength() {
        return -1;
    }

    @Override
    public void writeTo(OutputStream out) throws IOException {
        for (Part p : parts) {
            StringBuilder head = new StringBuilder("--").append(boundary).append("\r\n")
                    .append("Content-Disposition: form-data; name=\"").append(quote(p.name)).append('"');
            if (p.fileName != null) {
                head.append("; filename=\"").append(quote(p.fileName)).append('"');
            }
            head.append("\r\n");
            if (p.contentType != null) {
                head.append("Content-Type: ").append(p.contentType).append("\r\n");
            }
            head.append("\r\n");
            out.write(head.toString().getBytes(StandardCharsets.UTF_8));
            p.writer.writeTo(out);
            out.write("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        out.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    private static String quote(String s) {
        return s.replace("\\", "\\\\").replace("\"", "%22").replace("\r", "%0D").replace("\n", "%0A");
    }

    @Override
    public String toString() {
        return "Multipart[" + parts.stream().map(Part::name).toList() + "]";
    }

    /** Builds a {@link Multipart} body; parts keep their order. */
    public static final class Builder {
        private final String boundary;
        private final List<Part> parts = new ArrayList<>();

        private Builder(String boundary) {
            this.boundary = boundary;
        }

        /**
         * {@return a text field}
         *
         * @param name the name
         * @param value the value
         */
        public Builder field(String name, String value) {
            Objects.requireNonNull(value, name);
            byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
            parts.add(new Part(Objects.requireNonNull(name, "name"), null, null, out -> out.write(bytes)));
            return this;
        }

        /**
         * A file part whose content is written while the body is sent.
         *
         * @param name the field name
         * @param fileName the file name the part announces
         * @param contentType the media type
         * @param writer writes the part, possibly more than once
         * @return this builder
         */
        public Builder file(String name, String fileName, String contentType, PartWriter writer) {
            parts.add(new Part(Objects.requireNonNull(name, "name"), Objects.requireNonNull(fileName, "fileName"),
                    Objects.requireNonNull(contentType, "contentType"), Objects.requireNonNull(writer, "writer")));
            return this;
        }

        /** {@return the body} */
        public Multipart build() {
            return new Multipart(boundary, parts);
        }
    }
}
