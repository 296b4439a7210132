package org.stemcellms.web.contract;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.startsWith;

import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.stemcellms.testing.ApiDocument;
import org.stemcellms.testing.Tokens;
import org.stemcellms.testing.WithoutTestRecords;
import org.stemcellms.testing.WriteBodies;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Swagger UI's "Try it out" sends every parameter's documented example at once: for every documented list,
 * that first request must return JSON items, not an empty page or a CSV file.
 */
@QuarkusTest
class TryItOutTest extends WithoutTestRecords {

    @TestFactory
    Stream<DynamicTest> shouldReturnJsonItemsForTheDocumentedExamplesOfEveryList() {
        // the audit trail lists writes: make one, as anyone trying it out would have
        var note = WriteBodies.BY_COLLECTION.get("notes");
        given().header("Authorization", note.writer()).contentType("application/json").body(note.json()).post(note.path())
                .then().statusCode(201);
        return ApiDocument.collections().stream().map(list -> DynamicTest.dynamicTest(list.toString(), () -> {
            var request = given();
            if (list.isSecured()) {
                request.header("Authorization", Tokens.bearer(Tokens.editor()));
            }
            list.queryParameters().stream().filter(p -> p.getExample() != null)
                    .forEach(p -> request.queryParam(p.getName(), String.valueOf(p.getExample())));
            request.get(list.path()).then().statusCode(200)
                    .contentType(startsWith("application/json"))
                    .body("items", not(empty()));
        }));
    }
}
