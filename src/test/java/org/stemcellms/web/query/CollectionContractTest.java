package org.stemcellms.web.query;

import static io.restassured.RestAssured.given;
import static org.stemcellms.testing.Requests.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.stemcellms.testing.ApiDocument.Get;
import org.stemcellms.testing.ApiDocument;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * The contract every collection and item of the API keeps, checked on every GET operation the committed
 * OpenAPI document lists: paging, sorting, invalid input, citations, content negotiation and methods.
 */
@QuarkusTest
class CollectionContractTest {

    private static final Pattern LINK = Pattern.compile("<([^>]*)>; rel=\"(\\w+)\"");

    @TestFactory
    Stream<DynamicTest> shouldPageWithLinksUntilTheLastPageWhichHasNoNext() {
        return forEachCollection(get -> {
            List<String> all = all(get, "");
            // small pages, but no more than about 25 of them
            int size = Math.min(100, Math.max(1, (all.size() + 24) / 25));
            List<String> walked = new ArrayList<>();
            String next = get.path() + "?size=" + size;
            int pages = 0;
            while (next != null) {
                Response page = as(get).get(next).then().statusCode(200)
                        .body("totalItems", is(all.size())).body("totalItemsExact", is(true))
                        .body("totalPages", is((all.size() + size - 1) / size)).extract().response();
                walked.addAll(ids(page));
                var links = links(page);
                // an empty list has no last page to link to (the audit trail, before any write)
                assertTrue(links.contains("first") && links.contains("last") == !all.isEmpty(), "first and last links on " + next);
                assertEquals(pages > 0, links.contains("prev"), "prev link only after the first page: " + next);
                next = link(page, "next");
                pages++;
            }
            assertEquals(all, walked, "paging gives every item once, in order");
            assertEquals(Math.max((all.size() + size - 1) / size, 1), pages);
            assertEquals(all.size(), new HashSet<>(all).size(), "ids are unique");
        });
    }

    @TestFactory
    Stream<DynamicTest> shouldAnswerAnEmptyPagePastTheLastOne() {
        return forEachCollection(get -> {
            Response response = as(get).queryParam("page", 999).get(get.path()).then().statusCode(200)
                    .body("items", empty()).body("page", is(999)).body("totalItemsExact", is(true)).extract().response();
            assertFalse(links(response).contains("next"));
            assertTrue(links(response).contains("prev"));
        });
    }

    @TestFactory
    Stream<DynamicTest> shouldReturn400NamingSizePageAndSortWhenInvalid() {
        return forEachCollection(get -> {
            as(get).queryParam("size", 1000).get(get.path()).then().statusCode(400)
                    .contentType("application/problem+json").body("errors.field", is(List.of("size")));
            as(get).queryParam("size", 0).get(get.path()).then().statusCode(400).body("errors.field", is(List.of("size")));
            as(get).queryParam("page", "abc").get(get.path()).then().statusCode(400).body("errors.field", is(List.of("page")));
            as(get).queryParam("page", 0).get(get.path()).then().statusCode(400).body("errors.field", is(List.of("page")));
            as(get).queryParam("page", "1.5").queryParam("size", "-3").queryParam("sort", "nonsense").get(get.path()).then()
                    .statusCode(400).body("errors.field", is(List.of("sort", "page", "size")));
        });
    }

    @TestFactory
    Stream<DynamicTest> shouldSortByEveryDocumentedOrder() {
        return forEachCollection(get -> {
            var sort = get.queryParameters().stream().filter(p -> p.getName().equals("sort")).findFirst().orElseThrow();
            List<String> values = get.enumValues(sort);
            assertFalse(values.isEmpty(), "sort values are documented");
            var unsorted = new HashSet<>(all(get, ""));
            for (String value : values) {
                assertEquals(unsorted, new HashSet<>(all(get, "&sort=" + value)), "sort=" + value + " keeps the same items");
            }
        });
    }

    /** Every filter, alone, with its documented example: a page, never an error (each filter's query runs). */
    @TestFactory
    Stream<DynamicTest> shouldAnswerEveryFilterWithItsExample() {
        return forEachCollection(get -> {
            for (var parameter : get.queryParameters()) {
                if (parameter.getExample() != null && !List.of("page", "size", "sort", "format").contains(parameter.getName())) {
                    as(get).queryParam(parameter.getName(), String.valueOf(parameter.getExample())).get(get.path()).then()
                            .statusCode(200).body("items", notNullValue());
                }
            }
        });
    }

    @TestFactory
    Stream<DynamicTest> shouldReturn400NamingAnUnknownEnumValue() {
        return forEachCollection(get -> {
            for (var parameter : get.queryParameters()) {
                if (!parameter.getName().equals("sort") && !get.enumValues(parameter).isEmpty()) {
                    as(get).queryParam(parameter.getName(), "NOT_A_VALUE").get(get.path()).then().statusCode(400)
                            .contentType("application/problem+json")
                            .body("errors.field", is(List.of(parameter.getName())))
                            .body("errors[0].message", containsString(get.enumValues(parameter).get(0)));
                }
            }
        });
    }

    @TestFactory
    Stream<DynamicTest> shouldCiteASourceAndReviewDateOnEveryItem() {
        return ApiDocument.collections().stream().filter(get -> get.itemProperties().contains("reviewedOn"))
                .map(get -> DynamicTest.dynamicTest(get.toString(), () -> {
                    Response response = as(get).queryParam("size", 100).get(get.path()).then().statusCode(200).extract().response();
                    int items = response.jsonPath().getList("items").size();
                    if (get.itemProperties().contains("source")) {
                        assertEquals(items, response.jsonPath().getList("items.source.id").stream().filter(id -> id != null).count(),
                                "every item cites a source");
                    }
                    response.then().body("items.reviewedOn", everyItem(notNullValue()))
                            .body("items.createdAt", everyItem(notNullValue()))
                            .body("items.updatedAt", everyItem(notNullValue()));
                }));
    }

    @TestFactory
    Stream<DynamicTest> shouldReturn406ProblemForAnUnsupportedAccept() {
        // the documented example request (required parameters given): a 406 where it succeeds with any type, and
        // never a 406 in place of its other answer (a 404 for an example record this database does not hold)
        return ApiDocument.gets().stream().map(get -> DynamicTest.dynamicTest(get.toString(), () -> {
            var example = as(get);
            var unacceptable = as(get).accept("application/xml");
            get.queryParameters().stream().filter(p -> Boolean.TRUE.equals(p.getRequired())).forEach(p -> {
                example.queryParam(p.getName(), String.valueOf(p.getExample()));
                unacceptable.queryParam(p.getName(), String.valueOf(p.getExample()));
            });
            int status = example.accept("*/*").get(get.path()).statusCode();
            int expected = status < 300 ? 406 : status;
            unacceptable.get(get.path()).then().statusCode(expected)
                    .contentType("application/problem+json")
                    .body("status", is(expected));
        }));
    }

    @TestFactory
    Stream<DynamicTest> shouldReturn405ProblemWithAllowForUndocumentedMethods() {
        return ApiDocument.gets().stream().map(get -> DynamicTest.dynamicTest(get.toString(), () -> {
            var documented = ApiDocument.methods(get.template());
            for (String method : List.of("POST", "PUT", "PATCH", "DELETE")) {
                if (!documented.contains(method)) {
                    var allow = as(get).contentType("application/json").body("{}").request(method, get.path()).then().statusCode(405)
                            .contentType("application/problem+json")
                            .extract().header("Allow");
                    var expected = new java.util.TreeSet<>(documented);
                    expected.addAll(List.of("HEAD", "OPTIONS"));
                    assertEquals(expected, new java.util.TreeSet<>(List.of(allow.split(",\\s*"))), "Allow on " + get.path());
                }
            }
        }));
    }

    @TestFactory
    Stream<DynamicTest> shouldListInOptionsAndIn405TheMethodsTheDocumentLists() {
        return ApiDocument.paths().entrySet().stream().map(path -> DynamicTest.dynamicTest(path.getKey(), () -> {
            var documented = ApiDocument.methods(path.getKey());
            var expected = new java.util.TreeSet<>(documented);
            if (documented.contains("GET")) {
                expected.add("HEAD");
            }
            expected.add("OPTIONS");
            var options = given().options(path.getValue()).then().statusCode(204).extract().header("Allow");
            assertEquals(expected, new java.util.TreeSet<>(List.of(options.split(",\\s*"))), "OPTIONS Allow on " + path.getValue());
            String refused = Stream.of("PUT", "POST", "PATCH", "DELETE", "GET").filter(method -> !expected.contains(method))
                    .findFirst().orElseThrow();
            var allow = given().contentType("application/json").body("{}").request(refused, path.getValue()).then().statusCode(405)
                    .contentType("application/problem+json").extract().header("Allow");
            assertEquals(options, allow, refused + " " + path.getValue());
        }));
    }

    @TestFactory
    Stream<DynamicTest> shouldReturn404ProblemForAnUnknownId() {
        return ApiDocument.gets().stream().filter(get -> get.template().contains("{")).map(get -> DynamicTest.dynamicTest(
                get.toString(), () -> {
                    String unknown = get.template().replaceAll("\\{[^}]+}", "zz-unknown");
                    as(get).get(unknown).then().statusCode(404)
                            .contentType("application/problem+json")
                            .body("instance", is(unknown))
                            .body("detail", containsString("zz-unknown"));
                }));
    }

    @TestFactory
    Stream<DynamicTest> shouldAnswerEveryItemExample() {
        // the audit trail's example entry exists only once something has been written; ChangeResourceTest covers it;
        // pages for people (a problem type's) are not records
        return ApiDocument.gets().stream().filter(get -> get.template().contains("{") && !get.isCollection() && !get.isSecured()
                && ApiDocument.mediaTypes(get.operation(), 200).contains("application/json"))
                .map(get -> DynamicTest.dynamicTest(get.toString(), () -> {
                    var item = as(get).get(get.path()).then().statusCode(200).extract().jsonPath();
                    String id = item.getString("id") != null ? item.getString("id")
                            : item.getString("code") != null ? item.getString("code") : item.getString("currency");
                    assertTrue(get.path().endsWith("/" + id), get.path() + " answers the item " + id);
                }));
    }

    private static Stream<DynamicTest> forEachCollection(Consumer<Get> check) {
        return ApiDocument.collections().stream().map(get -> DynamicTest.dynamicTest(get.toString(), () -> check.accept(get)));
    }

    /** Every item of a collection, in order, following the next links in pages of 100. */
    static List<String> all(Get get, String query) {
        List<String> ids = new ArrayList<>();
        String next = get.path() + "?size=100" + query;
        while (next != null) {
            Response page = as(get).get(next).then().statusCode(200).extract().response();
            ids.addAll(ids(page));
            next = link(page, "next");
        }
        return ids;
    }

    static List<String> ids(Response response) {
        List<String> ids = new ArrayList<>();
        for (Object item : response.jsonPath().getList("items")) {
            var map = (java.util.Map<?, ?>) item;
            ids.add(String.valueOf(map.containsKey("id") ? map.get("id") : map.containsKey("code") ? map.get("code") : map.get("currency")));
        }
        return ids;
    }

    static List<String> links(Response response) {
        List<String> rels = new ArrayList<>();
        Matcher matcher = LINK.matcher(response.header("Link"));
        while (matcher.find()) {
            rels.add(matcher.group(2));
        }
        return rels;
    }

    static String link(Response response, String rel) {
        Matcher matcher = LINK.matcher(response.header("Link"));
        while (matcher.find()) {
            if (matcher.group(2).equals(rel)) {
                return matcher.group(1);
            }
        }
        return null;
    }
}
