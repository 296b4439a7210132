package org.stemcellms.db;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.config.spi.ConfigSource;

import io.quarkus.runtime.ExecutionMode;
import io.quarkus.runtime.configuration.ConfigurationException;
import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.PropertiesConfigSource;

/**
 * Decides which database the service uses when none is configured: dev mode and tests get an embedded
 * PostgreSQL, so that {@code ./mvnw quarkus:dev} and {@code ./mvnw verify} need neither Docker nor an
 * installed server; the packaged application refuses to start and says which variables to set.
 */
public class DatabaseConfigSourceFactory implements ConfigSourceFactory {

    static final String JDBC_URL = "quarkus.datasource.jdbc.url";
    static final String MISSING_DATABASE = "No database is configured. Set QUARKUS_DATASOURCE_JDBC_URL "
            + "(e.g. jdbc:postgresql://localhost:5432/stemcellms), QUARKUS_DATASOURCE_USERNAME and QUARKUS_DATASOURCE_PASSWORD.";
    /** Below application.properties (250), so an explicitly configured database always wins. */
    private static final int ORDINAL = 200;

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        if (isSet(context.getValue(JDBC_URL))) {
            return List.of();
        }
        String profile = embeddedProfile(context.getProfiles());
        if (profile != null) {
            // the embedded server trusts every local connection and ignores the password; Flyway, which connects on
            // its own (application.properties), wants one all the same
            return List.of(new PropertiesConfigSource(Map.of(
                    JDBC_URL, EmbeddedDatabase.jdbcUrl(profile),
                    "quarkus.datasource.username", EmbeddedDatabase.USER,
                    "quarkus.datasource.password", EmbeddedDatabase.USER), "embedded-postgresql", ORDINAL));
        }
        // The build reads this configuration too (mode UNSET); only the starting application must have a database.
        if (ExecutionMode.current() == ExecutionMode.RUNTIME_INIT) {
            throw new ConfigurationException(MISSING_DATABASE);
        }
        return List.of();
    }

    private static String embeddedProfile(List<String> profiles) {
        for (String profile : profiles) {
            if (profile.equals("dev") || profile.equals("test")) {
                return profile;
            }
        }
        return null;
    }

    private static boolean isSet(ConfigValue value) {
        return value != null && value.getValue() != null && !value.getValue().isBlank();
    }
}
