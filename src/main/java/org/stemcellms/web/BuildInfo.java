package org.stemcellms.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

import jakarta.inject.Singleton;

/**
 * Which build is running (build-info.properties, filled in by Maven), so that a new build never answers
 * 304 for a representation an older one produced.
 */
@Singleton
public class BuildInfo {

    private final String id;

    BuildInfo() {
        Properties properties = new Properties();
        try (InputStream in = BuildInfo.class.getClassLoader().getResourceAsStream("build-info.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.id = properties.getProperty("build.version", "dev") + "@" + properties.getProperty("build.time", "dev");
    }

    public String id() {
        return id;
    }
}
