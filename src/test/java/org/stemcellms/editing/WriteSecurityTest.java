package org.stemcellms.editing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.stream.Stream;

import jakarta.inject.Inject;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.stemcellms.testing.ApiDocument;
import org.stemcellms.testing.ApiDocument.Write;
import org.stemcellms.testing.Database;
import org.stemcellms.testing.Tokens;
import org.stemcellms.testing.WriteBodies;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

/**
 * Only a valid editor or admin token can write: checked on every write operation the OpenAPI document
 * lists, so a new endpoint is covered without touching this test, and each refusal leaves the database as it was.
 */
@QuarkusTest
class WriteSecurityTest {

    @Inject
    Database database;

    @TestFactory
    Stream<DynamicTest> shouldAnswer401ToAnonymousWritesAndChangeNothing() {
        return forEachWrite(write -> refuse(given(), write, 401, "Bearer"));
    }

    @TestFactory
    Stream<DynamicTest> shouldAnswer403ToATokenWithoutAnEditingRoleAndChangeNothing() {
        return forEachWrite(write -> refuse(with(Tokens.reader()), write, 403, null));
    }

    @TestFactory
    Stream<DynamicTest> shouldAnswer401ToExpiredForeignForgedAndMalformedTokens() {
        return forEachWrite(write -> {
            for (String token : List.of(Tokens.expired(), Tokens.wrongIssuer(), Tokens.wrongKey(), Tokens.malformed())) {
                refuse(with(token), write, 401, "Bearer error=\"invalid_token\"");
            }
        });
    }

    @TestFactory
    Stream<DynamicTest> shouldDocumentEveryWriteAsNeedingABearerToken() {
        return forEachWrite(write -> {
            assertFalse(write.operation().getSecurity() == null || write.operation().getSecurity().isEmpty(), write + " is secured");
            assertEquals(List.of("bearerAuth"), List.copyOf(write.operation().getSecurity().get(0).keySet()));
        });
    }

    private void refuse(RequestSpecification request, Write write, int status, String challenge) {
        String before = database.fingerprint();
        var response = send(request, write).then().statusCode(status)
                .contentType("application/problem+json")
                .body("status", is(status));
        if (challenge != null) {
            response.header("WWW-Authenticate", startsWith(challenge));
        }
        assertEquals(before, database.fingerprint(), "a refused " + write + " changed the database");
    }

    private static io.restassured.response.Response send(RequestSpecification request, Write write) {
        request.header("If-Match", "\"0\"");
        if (write.hasBody()) {
            request.contentType(write.contentType()).body(WriteBodies.jsonFor(write.template()));
        }
        return request.request(write.method(), write.path());
    }

    private static RequestSpecification with(String token) {
        return given().header("Authorization", Tokens.bearer(token));
    }

    private static Stream<DynamicTest> forEachWrite(java.util.function.Consumer<Write> check) {
        return ApiDocument.writes().stream().map(write -> DynamicTest.dynamicTest(write.toString(), () -> check.accept(write)));
    }
}
