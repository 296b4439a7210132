package org.stemcellms.web.problem;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import org.hibernate.exception.JDBCConnectionException;

/**
 * Tells a database that cannot answer now (refused or lost connections, no free connection in time, a server
 * shutting down, a statement cancelled by statement_timeout) from every other failure: the first is a 503
 * with Retry-After that the client may retry, the second a 500 that someone must look at. The timeouts that
 * make an outage fail fast, not hang, are in application.properties (connect, login, statement, socket and
 * acquisition timeouts).
 */
final class DatabaseOutage {

    static final int RETRY_AFTER_SECONDS = 5;

    private DatabaseOutage() {
    }

    static boolean isCause(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof JDBCConnectionException || cause instanceof SQLTransientConnectionException
                    || cause instanceof ConnectException) {
                return true;
            }
            if (cause instanceof SQLException sql && isConnectionState(sql.getSQLState())) {
                return true;
            }
            // Agroal's "Acquisition timeout while waiting for new connection" carries no SQL state
            if (cause instanceof SQLException sql && sql.getMessage() != null && sql.getMessage().contains("Acquisition timeout")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Class 08 (connection exception), 57P01 to 57P03 (administrator shutdown, crash shutdown, cannot connect now) and
     * 57014 (query cancelled: the statement_timeout of request connections).
     */
    private static boolean isConnectionState(String state) {
        return state != null && (state.startsWith("08") || state.equals("57P01") || state.equals("57P02") || state.equals("57P03")
                || state.equals("57014"));
    }

    static String describe(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
