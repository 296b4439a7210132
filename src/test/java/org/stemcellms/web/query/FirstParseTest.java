package org.stemcellms.web.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;

import org.hibernate.SessionFactory;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.junit.jupiter.api.Test;
import org.stemcellms.testing.Requests;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The first requests of a new query shape, arriving together as they do on a new replica under load, parse its HQL
 * once: the others wait for that parse instead of each running it (it cost 600 MiB of parser state with 64 of them).
 */
@QuarkusTest
class FirstParseTest {

    private static final int TOGETHER = 16;

    @Inject
    SessionFactory sessionFactory;

    @Test
    void shouldParseANewQueryOnceWhenItsFirstRequestsComeTogether() throws Exception {
        // as on a new instance: nothing parsed (the interpretation cache's close() empties it)
        sessionFactory.unwrap(SessionFactoryImplementor.class).getQueryEngine().getInterpretationCache().close();
        Listing.forgetParsed();
        // what every cost list asks besides its own two queries (the therapy it names, ...), parsed by one request
        Requests.asEditor().get("/api/v1/costs?therapy=HSCT").then().statusCode(200);
        // then one request of a new shape (a maxPrice filter, a sort by label): what a new shape costs
        var statistics = sessionFactory.getStatistics();
        statistics.clear();
        Requests.asEditor().get("/api/v1/costs?therapy=HSCT&maxPrice=50000&sort=-label").then().statusCode(200);
        long alone = statistics.getQueryPlanCacheMissCount();
        statistics.clear();

        // another shape (a minPrice filter instead): each request its own price, so that none waits for another's
        // answer in the response cache
        ExecutorService clients = Executors.newFixedThreadPool(TOGETHER);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> statuses = new ArrayList<>();
            for (int i = 0; i < TOGETHER; i++) {
                String path = "/api/v1/costs?therapy=HSCT&minPrice=" + (1000 + i) + "&sort=-label";
                statuses.add(clients.submit(() -> {
                    start.await();
                    return Requests.asEditor().get(path).statusCode();
                }));
            }
            start.countDown();
            for (Future<Integer> status : statuses) {
                assertEquals(200, status.get());
            }
        } finally {
            clients.shutdownNow();
        }
        // its count and its rows parsed once each, as for one request alone; Hibernate's misses also count query plans,
        // which are built after the parse without waiting (cheap, so two requests rarely build the same one)
        long together = statistics.getQueryPlanCacheMissCount();
        assertTrue(alone > 0, "a new shape is parsed");
        assertTrue(together >= alone && together < TOGETHER, together + " interpretations and plans built for " + TOGETHER
                + " requests of a new shape arriving together (" + alone + " for one request of another new shape)");
    }
}
