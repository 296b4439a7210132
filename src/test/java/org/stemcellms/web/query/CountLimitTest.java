package org.stemcellms.web.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.stemcellms.testing.Requests.as;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.stemcellms.testing.ApiDocument;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/**
 * Past the exact-count limit (3 here, 10,000 in service), every collection says its total is a lower bound, drops the
 * last link, and still leads page by page to every item; the last page, and only it, is exact again.
 */
@QuarkusTest
@TestProfile(CountLimitTest.LowLimit.class)
class CountLimitTest {

    private static final int LIMIT = 3;

    public static class LowLimit implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("stemcellms.exact-count-limit", String.valueOf(LIMIT));
        }
    }

    @TestFactory
    Stream<DynamicTest> shouldBoundTheTotalPastTheLimitAndStillReachEveryItem() {
        return ApiDocument.collections().stream().map(get -> DynamicTest.dynamicTest(get.toString(), () -> {
            List<String> all = CollectionContractTest.all(get, "");
            int size = Math.min(100, Math.max(1, all.size() / 8));
            List<String> walked = new ArrayList<>();
            String next = get.path() + "?size=" + size;
            while (next != null) {
                Response response = as(get).get(next).then().statusCode(200).extract().response();
                JsonPath page = response.jsonPath();
                int offset = (page.getInt("page") - 1) * size;
                boolean more = offset + size < all.size();
                boolean exact = all.size() < LIMIT || !more;
                assertEquals(exact, page.getBoolean("totalItemsExact"), next);
                assertEquals(exact ? all.size() : Math.max(LIMIT, offset + size + 1), page.getLong("totalItems"), next);
                assertEquals((page.getLong("totalItems") + size - 1) / size, page.getLong("totalPages"), next);
                assertEquals(exact && !all.isEmpty(), CollectionContractTest.links(response).contains("last"), "last link on " + next);
                assertEquals(more, CollectionContractTest.links(response).contains("next"), "next link on " + next);
                walked.addAll(CollectionContractTest.ids(response));
                next = CollectionContractTest.link(response, "next");
            }
            assertEquals(all, walked, "paging gives every item once, in order");

            JsonPath past = as(get).queryParam("page", 999).get(get.path()).then().statusCode(200).extract().jsonPath();
            assertTrue(past.getList("items").isEmpty());
            assertEquals(all.size() < LIMIT, past.getBoolean("totalItemsExact"), "a page past the end proves no total");
            assertEquals(Math.min(all.size(), LIMIT), past.getLong("totalItems"));
            assertFalse(CollectionContractTest.links(as(get).queryParam("page", 999).get(get.path())).contains("next"));
        }));
    }
}
