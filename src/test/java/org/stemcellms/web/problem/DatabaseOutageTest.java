package org.stemcellms.web.problem;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import org.junit.jupiter.api.Test;

/**
 * Which failures count as the database being unreachable (503) rather than a fault (500). The real
 * outage, a PostgreSQL stopped and started under the running service, is bench/outage-drill.sh.
 */
class DatabaseOutageTest {

    @Test
    void shouldTakeLostOrRefusedConnectionsForAnOutage() {
        assertTrue(DatabaseOutage.isCause(new RuntimeException(new SQLException("I/O error", "08006"))));
        assertTrue(DatabaseOutage.isCause(new IllegalStateException(new SQLException("terminating connection", "57P01"))));
        assertTrue(DatabaseOutage.isCause(new SQLTransientConnectionException("no connection")));
        assertTrue(DatabaseOutage.isCause(new RuntimeException(new ConnectException("Connection refused"))));
        assertTrue(DatabaseOutage.isCause(new SQLException("Acquisition timeout while waiting for new connection")));
        // statement_timeout: the server cancelled a request's statement that ran too long
        assertTrue(DatabaseOutage.isCause(new RuntimeException(new SQLException("canceling statement due to statement timeout", "57014"))));
    }

    @Test
    void shouldTakeOtherFailuresForFaults() {
        assertFalse(DatabaseOutage.isCause(new SQLException("duplicate key", "23505")));
        assertFalse(DatabaseOutage.isCause(new IllegalStateException("bug")));
    }
}
