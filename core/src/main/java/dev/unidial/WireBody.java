package dev.unidial;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * The body of a {@link WireRequest}: its content type and a way to write it. A body may be
 * streamed (a multipart upload of a million-row CSV is written while it is sent), so it is
 * rendered to text only when asked with {@link #render()}.
 */
public interface WireBody {

    /** {@return the {@code Content-Type} header value, with its charset or boundary} */
    String contentType();

    /** {@return the length in bytes, or -1 when it is only known by writing the body} */
    long contentLength();

    /**
     * Writes the body; may be called more than once and writes the same bytes each time.
     *
     * @param out where to write
     * @throws IOException if the stream fails
     */
    void writeTo(OutputStream out) throws IOException;

    /** {@return the whole body as UTF-8 text} For a streamed body this writes it in full into memory. */
    default String render() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            writeTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /**
     * {@return a body held in memory}
     *
     * @param contentType the media type
     * @param bytes the bytes; not copied (a create's body can be megabytes), so they must not
     *     be changed afterwards
     */
    static WireBody of(String contentType, byte[] bytes) {
        Objects.requireNonNull(contentType, "contentType");
        byte[] content = Objects.requireNonNull(bytes, "bytes");
        return new WireBody() {
            @Override
            public String contentType() {
                return contentType;
            }

            @Override
            public long contentLength() {
                return content.length;
            }

            @Override
            public void writeTo(OutputStream out) throws IOException {
                out.write(content);
            }

            @Override
            public String render() {
                return new String(content, StandardCharsets.UTF_8);
            }

            @Override
            public String toString() {
                return "WireBody[" + contentType + ", " + content.length + " bytes]";
            }
        };
    }
}
