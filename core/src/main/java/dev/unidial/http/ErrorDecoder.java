package dev.unidial.http;

import dev.unidial.UnidialException;
import java.util.Optional;

/**
 * Turns a vendor's error answer into its typed exception, with the vendor's own message.
 * Each provider supplies one; {@link JsonErrorDecoder} covers the common shapes.
 */
@FunctionalInterface
public interface ErrorDecoder {

    /**
     * {@return the exception this response stands for, or empty when it is a success} Called for
     * every response, so that a 200 whose envelope says it failed is caught too.
     *
     * @param response the response being read
     */
    Optional<UnidialException> decode(WireResponse response);
}
