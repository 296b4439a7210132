package org.stemcellms.testing;

import static io.restassured.RestAssured.given;

import org.stemcellms.testing.ApiDocument.Get;

import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;

/** Requests as a client of a documented operation would send them: with an editor's token where the operation needs one. */
public final class Requests {

    private Requests() {
    }

    public static RequestSpecification as(Get get) {
        return get.isSecured() ? given().header("Authorization", Tokens.bearer(Tokens.editor())) : given();
    }

    public static RequestSpecification asEditor() {
        return given().header("Authorization", Tokens.bearer(Tokens.editor()));
    }

    /** A problem type (a path such as {@code /problems/invalid-body}) as the service under test answers it: absolute. */
    public static String problemType(String path) {
        return RestAssured.baseURI + ":" + RestAssured.port + path;
    }
}
