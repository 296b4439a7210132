package org.stemcellms.web.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.panache.common.Sort;
import org.stemcellms.web.problem.ApiException;

/** The sort parameter: a field, a minus for descending, the id last so that pages are stable; plain logic, no Quarkus. */
class SortingTest {

    private static final Sorting SORTING = Sorting.of("id", "year", "year", "publishedYear", "title", "title");

    private static List<String> columns(String raw) {
        QueryParameters params = new QueryParameters();
        Sort sort = params.sort("sort", raw, SORTING);
        params.validate();
        return sort.getColumns().stream().map(column -> column.getName() + " " + column.getDirection()).toList();
    }

    @Test
    void shouldSortByTheFieldThenTheId() {
        assertEquals("publishedYear Ascending", columns("year").get(0));
        assertEquals("publishedYear Descending", columns("-year").get(0));
        assertEquals("id Ascending", columns("-year").get(columns("-year").size() - 1), "the id breaks ties, ascending");
        assertEquals(columns("year"), columns(null), "the default");
        assertEquals(columns("year"), columns("  "));
    }

    @Test
    void shouldNameTheAcceptedValuesOfAnUnknownOne() {
        ApiException e = assertThrows(ApiException.class, () -> columns("price"));
        assertEquals(400, e.status());
        assertEquals("sort", e.errors().get(0).field());
        assertEquals("must be one of year, -year, title, -title", e.errors().get(0).message());
    }
}
