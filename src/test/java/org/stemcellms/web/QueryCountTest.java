package org.stemcellms.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.hibernate.SessionFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.stemcellms.testing.ApiDocument;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * No collection runs N+1 queries: a page of 100 items costs as many SQL statements as a page of one.
 * Test-only fixtures (30 sources, countries, clinics and costs, each with its own associations) make
 * the difference visible; they are removed afterwards and never exist outside this test.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QueryCountTest {

    private static final int FIXTURES = 30;
    /** count + page + one batch per association, whatever the page size */
    private static final long MAX_STATEMENTS = 8;

    @Inject
    EntityManager entityManager;

    @Inject
    SessionFactory sessionFactory;

    @BeforeAll
    void insertFixtures() {
        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 0; i < FIXTURES; i++) {
                String n = String.valueOf(i);
                // user-assigned ISO 3166 codes (XA..XZ, QM..QP), which no real country has
                String code = i < 26 ? "X" + (char) ('A' + i) : "Q" + (char) ('M' + i - 26);
                sql("insert into source (id, kind, title, description, reviewed_on) values ('zz-fixture-" + n
                        + "', 'ARTICLE', 'Fixture " + n + "', 'Test fixture', current_date)");
                sql("insert into country (code, name, hsct_access, hsct_access_note, source_id, reviewed_on) values ('" + code
                        + "', 'Fixture country " + n + "', 'MEDICAL_TOURISM', 'Test fixture', 'zz-fixture-" + n + "', current_date)");
                sql("insert into clinic (id, name, country_code, access_model, description, highlights, source_id, reviewed_on) values "
                        + "('zz-fixture-" + n + "', 'Fixture clinic " + n + "', '" + code + "', 'TREATMENT_CENTRE', 'Test fixture', "
                        + "array[]::text[], 'zz-fixture-" + n + "', current_date)");
                sql("insert into clinic_therapy (clinic_id, therapy_code) values ('zz-fixture-" + n + "', 'HSCT')");
                sql("insert into cost (id, therapy_code, country_code, clinic_id, label, min_amount, max_amount, currency, approximate, "
                        + "includes, source_id, reviewed_on) values ('zz-fixture-" + n + "', 'HSCT', '" + code + "', 'zz-fixture-" + n
                        + "', 'Fixture', " + (1000 + i) + ", null, 'USD', false, array[]::text[], 'zz-fixture-" + n + "', current_date)");
            }
        });
    }

    @AfterAll
    void removeFixtures() {
        QuarkusTransaction.requiringNew().run(() -> {
            sql("delete from cost where id like 'zz-fixture-%'");
            sql("delete from clinic where id like 'zz-fixture-%'");
            sql("delete from country where source_id like 'zz-fixture-%'");
            sql("delete from source where id like 'zz-fixture-%'");
        });
    }

    @TestFactory
    Stream<DynamicTest> shouldRunAsManyStatementsForAFullPageAsForOneItem() {
        return ApiDocument.collections().stream().map(get -> DynamicTest.dynamicTest(get.toString(), () -> {
            long one = statements(get.path() + "?size=1");
            long hundred = statements(get.path() + "?size=100");
            assertEquals(one, hundred, "statements for 1 item vs 100 items on " + get.path());
            assertTrue(hundred <= MAX_STATEMENTS, hundred + " statements on " + get.path());
        }));
    }

    private long statements(String path) {
        var statistics = sessionFactory.getStatistics();
        statistics.clear();
        given().get(path).then().statusCode(200);
        return statistics.getPrepareStatementCount();
    }

    private void sql(String statement) {
        entityManager.createNativeQuery(statement).executeUpdate();
    }
}
