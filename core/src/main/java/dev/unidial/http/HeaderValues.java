package dev.unidial.http;

/**
 * What an HTTP header value may hold: printable ASCII and tabs. OkHttp refuses anything else
 * with a message that quotes the value, which for a credential would print the key; these
 * checks fail first and name only where the value came from.
 */
public final class HeaderValues {
    private HeaderValues() {}

    /**
     * {@return the index of the first character a header cannot carry, or -1 when all are fine}
     *
     * @param value the value
     */
    public static int firstInvalid(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if ((c < 0x20 && c != '\t') || c > 0x7e) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Checks a credential that goes in a header, when the client is built.
     *
     * @param setting how the user set it, for the message (such as {@code "apiKey (CALLKARO_API_KEY)"})
     * @param value the credential, never shown
     * @throws IllegalArgumentException naming {@code setting} and the position, never the value
     */
    public static void requireValid(String setting, String value) {
        int at = firstInvalid(value);
        if (at >= 0) {
            throw new IllegalArgumentException(setting + " has a character at position " + (at + 1)
                    + " that an HTTP header cannot carry (a line break, a control character or a non-ASCII letter):"
                    + " check for a stray newline or a copy-and-paste artefact. The value is not shown.");
        }
    }
}
