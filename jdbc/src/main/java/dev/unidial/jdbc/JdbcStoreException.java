package dev.unidial.jdbc;

import dev.unidial.UnidialException;
import java.sql.SQLException;

/**
 * The database could not do what the journal, the store or the pacer asked: the SQL state and
 * the driver's message say why. A create never sends a request whose record failed to be written.
 */
public final class JdbcStoreException extends UnidialException {
    private static final long serialVersionUID = 1L;

    JdbcStoreException(SQLException cause) {
        super("The database refused a Unidial operation (SQL state " + cause.getSQLState() + "): " + cause.getMessage(),
                cause);
    }
}
