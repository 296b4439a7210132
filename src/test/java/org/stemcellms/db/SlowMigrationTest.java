package org.stemcellms.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import io.quarkus.arc.Arc;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * Migrations have no time limit, requests have one. This application started only because Flyway ran, with the
 * application's own settings, a test-only migration that sleeps 3 seconds: past the statement and socket
 * timeouts of request connections, which would have failed it and the start with it.
 */
@QuarkusTest
@TestProfile(SlowMigrationTest.WithSlowMigration.class)
class SlowMigrationTest {

    public static class WithSlowMigration implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.flyway.locations", "db/migration,db/slow-migration-test");
        }
    }

    @Inject
    DataSource dataSource;

    @Test
    void shouldCompleteAMigrationLongerThanTheRequestTimeLimits() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(
                        "select success, execution_time from flyway_schema_history where version = '1000'")) {
            assertTrue(row.next(), "the slow migration is recorded");
            assertTrue(row.getBoolean("success"));
            assertTrue(row.getInt("execution_time") >= 3_000, "it took " + row.getInt("execution_time") + " ms");
        }
    }

    @Test
    void shouldCancelARequestStatementAfterItsTimeLimit() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            try (ResultSet setting = statement.executeQuery("show statement_timeout")) {
                setting.next();
                assertEquals("1500ms", setting.getString(1));
            }
            long start = System.nanoTime();
            SQLException cancelled = assertThrows(SQLException.class, () -> statement.execute("select pg_sleep(3)"));
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertEquals("57014", cancelled.getSQLState(), cancelled.getMessage());
            assertTrue(millis < 2_000, "cancelled after " + millis + " ms");
        }
    }

    /** The other test classes share this database and must not see a migration they do not have. */
    @AfterAll
    static void forgetTheSlowMigration() throws SQLException {
        try (Connection connection = Arc.container().instance(DataSource.class).get().getConnection(); Statement statement = connection.createStatement()) {
            statement.executeUpdate("delete from flyway_schema_history where version = '1000'");
        }
    }
}
