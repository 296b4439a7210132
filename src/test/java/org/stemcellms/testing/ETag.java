package org.stemcellms.testing;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reading item ETags in tests: {@code "<version>.<creation stamp>"}. */
public final class ETag {

    private static final Pattern ITEM = Pattern.compile("\"(\\d+)\\.([0-9a-z]+)\"");

    private ETag() {
    }

    /** The current ETag of an item, from a GET. */
    public static String of(String itemPath) {
        return given().get(itemPath).then().statusCode(200).extract().header("ETag");
    }

    /** The row version an item ETag carries. */
    public static long version(String etag) {
        Matcher matcher = ITEM.matcher(etag);
        assertTrue(matcher.matches(), "not an item ETag: " + etag);
        return Long.parseLong(matcher.group(1));
    }
}
