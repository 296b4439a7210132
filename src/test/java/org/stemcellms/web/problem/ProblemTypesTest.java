package org.stemcellms.web.problem;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.stemcellms.testing.Requests;

import io.quarkus.test.junit.QuarkusTest;

/** Every problem type the API answers with, and every one the OpenAPI document shows, resolves to a page that explains it. */
@QuarkusTest
class ProblemTypesTest {

    @Test
    void shouldResolveEveryProblemTypeToItsPage() throws Exception {
        Set<String> types = new TreeSet<>(Set.of(ApiException.INVALID_PARAMETERS, ApiException.INVALID_BODY, ApiException.UNKNOWN_REFERENCE));
        Matcher documented = Pattern.compile("/problems/[a-z-]+").matcher(Files.readString(Path.of("openapi", "openapi.yaml")));
        while (documented.find()) {
            types.add(documented.group());
        }
        for (String type : types) {
            given().get(type).then().statusCode(200).contentType(containsString("text/html"))
                    .body(containsString("What it means")).body(containsString("How to fix the request"))
                    .body(containsString("<code>" + type + "</code>"));
        }
        given().get("/problems").then().statusCode(200).body(containsString("unknown-reference"));
        // as a client reads it: absolute, on the service that answered, and it resolves
        String answered = given().get("/api/v1/clinics?size=0").then().statusCode(400).extract().path("type");
        assertEquals(Requests.problemType(ApiException.INVALID_PARAMETERS), answered);
        given().get(URI.create(answered)).then().statusCode(200).body(containsString("<code>" + ApiException.INVALID_PARAMETERS + "</code>"));
        given().get("/problems/no-such-problem").then().statusCode(404);
    }
}
