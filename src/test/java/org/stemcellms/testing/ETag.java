package org.stemcellms.testing;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reading item ETags in tests: {@code "<version>.<creation stamp>"}, and a GET's {@code ".<representation>"} after it. */
public final class ETag {

    /** A write answers the item part; a GET adds its representation part. */
    private static final Pattern ITEM = Pattern.compile("\"(\\d+)\\.([0-9a-z]+)(\\.[A-Za-z0-9_-]+)?\"");

    private ETag() {
    }

    /** The current ETag of an item, from a GET. */
    public static String of(String itemPath) {
        return given().get(itemPath).then().statusCode(200).extract().header("ETag");
    }

    /** The record part of an item ETag, without the representation part a GET adds: "1.hogsz1azv6". */
    public static String item(String etag) {
        Matcher matcher = ITEM.matcher(etag);
        assertTrue(matcher.matches(), "not an item ETag: " + etag);
        return matcher.group(1) + "." + matcher.group(2);
    }

    /** The row version an item ETag carries. */
    public static long version(String etag) {
        Matcher matcher = ITEM.matcher(etag);
        assertTrue(matcher.matches(), "not an item ETag: " + etag);
        return Long.parseLong(matcher.group(1));
    }
}
