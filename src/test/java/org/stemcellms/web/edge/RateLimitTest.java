package org.stemcellms.web.edge;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.stemcellms.testing.Requests;
import org.stemcellms.testing.Tokens;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** The anonymous budget, here 3 requests a minute per client address: every test in this class is one client. */
@QuarkusTest
@TestProfile(RateLimitTest.SmallBudget.class)
class RateLimitTest {

    public static class SmallBudget implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("stemcellms.rate-limit.enabled", "true", "stemcellms.rate-limit.requests", "3",
                    "stemcellms.rate-limit.period", "60S");
        }
    }

    @Test
    void shouldLimitAnonymousClientsButNeverEditors() {
        for (int remaining = 2; remaining >= 0; remaining--) {
            given().get("/api/v1/therapies").then().statusCode(200)
                    .header("RateLimit-Policy", "\"anonymous\";q=3;w=60")
                    .header("RateLimit", matchesPattern("\"anonymous\";r=" + remaining + ";t=\\d+"));
        }
        given().get("/api/v1/therapies").then().statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", matchesPattern("\\d+"))
                .header("RateLimit", matchesPattern("\"anonymous\";r=0;t=\\d+"))
                .body("status", is(429))
                .body("detail", containsString("3 requests per 60 seconds"));
        // a forged token is anonymous; a valid editor's is not counted at all
        given().header("Authorization", Tokens.bearer(Tokens.wrongKey())).get("/api/v1/therapies").then().statusCode(429);
        Requests.asEditor().get("/api/v1/therapies").then().statusCode(200)
                .header("RateLimit", nullValue());
        given().header("Authorization", Tokens.bearer(Tokens.admin())).get("/api/v1/changes").then().statusCode(200);
        // Quarkus's own endpoints are outside the budget: probes must always answer
        given().get("/q/health/ready").then().statusCode(200);
        // operators see how many clients hold a bucket (bounded by stemcellms.rate-limit.max-clients, see ClientBucketsTest)
        given().get("/q/metrics").then().statusCode(200).body(matchesPattern("(?s).*\\nstemcellms_rate_limit_clients(\\{[^}]*})? 1\\.0\\n.*"));
    }
}
