package org.stemcellms.db;

import java.io.IOException;
import java.io.UncheckedIOException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * One embedded PostgreSQL per JVM and profile, kept apart from the factory so that the packaged
 * application never loads the zonky classes.
 */
final class EmbeddedDatabase {

    static final String USER = "postgres";

    private EmbeddedDatabase() {
    }

    /**
     * The URL is kept in a system property rather than a static field: dev mode reloads application
     * classes on every change, and each reload must find the server it already started.
     */
    static synchronized String jdbcUrl(String profile) {
        String key = "embedded-postgresql.stem-cell-ms-api." + profile + ".url";
        String url = System.getProperty(key);
        if (url == null) {
            url = start().getJdbcUrl(USER, "postgres");
            System.setProperty(key, url);
        }
        return url;
    }

    private static EmbeddedPostgres start() {
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> close(postgres), "embedded-postgresql-stop"));
            return postgres;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL; set QUARKUS_DATASOURCE_JDBC_URL to use another database", e);
        }
    }

    private static void close(EmbeddedPostgres postgres) {
        try {
            postgres.close();
        } catch (IOException e) {
            // the JVM is exiting; the temporary data directory goes with it
        }
    }
}
