package org.stemcellms.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * With the production profile's management settings (read from application.properties, so that this test follows
 * them), metrics and health answer on the management port and not on the API's, where the OpenAPI document stays.
 * The packaged application itself is checked the same way by .ci/run.
 */
@QuarkusTest
@TestProfile(ManagementInterfaceTest.ProductionManagement.class)
class ManagementInterfaceTest {

    public static class ProductionManagement implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            Properties properties = new Properties();
            try (InputStream in = ManagementInterfaceTest.class.getClassLoader().getResourceAsStream("application.properties")) {
                properties.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Map<String, String> production = new HashMap<>();
            properties.stringPropertyNames().stream().filter(name -> name.startsWith("%prod.quarkus.management."))
                    .forEach(name -> production.put(name.substring("%prod.".length()), properties.getProperty(name)));
            // any free port: builds run side by side on one machine
            production.put("quarkus.management.test-port", "0");
            return production;
        }
    }

    /** Relative to the management interface's root path, /q. */
    @TestHTTPResource(value = "/metrics", management = true)
    URL managementMetrics;

    @TestHTTPResource(value = "/health/ready", management = true)
    URL managementReadiness;

    @Test
    void shouldEnableTheManagementInterfaceInProduction() {
        assertEquals("true", new ProductionManagement().getConfigOverrides().get("quarkus.management.enabled"));
    }

    @Test
    void shouldServeMetricsAndHealthOnTheManagementPortOnly() {
        given().get("/api/v1/therapies").then().statusCode(200);
        assertTrue(managementMetrics.getPath().equals("/q/metrics"), managementMetrics.toString());
        given().get(managementMetrics).then().statusCode(200).body(containsString("http_server_requests_seconds_count"));
        given().get(managementReadiness).then().statusCode(200).body("status", is("UP"));
        // on the API's port, these are unknown paths
        given().get("/q/metrics").then().statusCode(404);
        given().get("/q/health/ready").then().statusCode(404);
        // the API's documentation stays public
        given().get("/q/openapi").then().statusCode(200).body(containsString("openapi: 3.0.3"));
    }
}
