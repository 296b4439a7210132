package org.stemcellms.web.query;

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
import org.stemcellms.testing.Requests;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * No collection runs N+1 queries: a page of 100 items costs as many SQL statements as a page of one.
 * Test-only fixtures (30 of every kind of record, each with its own therapy, country, source and child
 * rows) make the difference visible; they are removed afterwards and never exist outside this test.
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
        removeFixtures();
        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 0; i < FIXTURES; i++) {
                String id = "'zz-fixture-" + i + "'";
                String therapy = "'ZZFIXTURE" + i + "'";
                // user-assigned ISO 3166 codes (XA..XZ, QM..QP), which no real country has
                String country = "'" + (i < 26 ? "X" + (char) ('A' + i) : "Q" + (char) ('M' + i - 26)) + "'";
                String cited = ", " + id + ", current_date)";
                sql("insert into source (id, kind, title, description, reviewed_on, read_on) values (" + id
                        + ", 'ARTICLE', 'Fixture', 'Test fixture', current_date, current_date)");
                sql("insert into therapy (code, name, summary, description, evidence_level, evidence_note, involves_chemotherapy, "
                        + "cell_sources, expected_benefits, pros, cons, source_id, reviewed_on) values (" + therapy + ", 'Fixture " + i
                        + "', 'Fixture', 'Fixture', 'EXPERIMENTAL', 'Fixture', false, '{}', '{}', '{}', '{}'" + cited);
                sql("insert into therapy_step (therapy_code, step_number, name, description) values (" + therapy + ", 1, 'Step', 'Step')");
                sql("insert into country (code, name, hsct_access, hsct_access_note, source_id, reviewed_on) values (" + country
                        + ", 'Fixture country " + i + "', 'MEDICAL_TOURISM', 'Fixture'" + cited);
                sql("insert into clinic (id, name, country_code, access_model, description, highlights, source_id, reviewed_on) "
                        + "values (" + id + ", 'Fixture clinic', " + country + ", 'TREATMENT_CENTRE', 'Fixture', '{}'" + cited);
                sql("insert into clinic_therapy (clinic_id, therapy_code) values (" + id + ", " + therapy + ")");
                sql("insert into cost (id, therapy_code, country_code, clinic_id, label, min_amount, currency, approximate, includes, "
                        + "source_id, reviewed_on) values (" + id + ", " + therapy + ", " + country + ", " + id + ", 'Fixture', "
                        + (1000 + i) + ", 'USD', false, '{}'" + cited);
                sql("insert into risk (id, therapy_code, name, description, category, source_id, reviewed_on) values (" + id + ", "
                        + therapy + ", 'Fixture', 'Fixture', 'INFECTION'" + cited);
                sql("insert into study (id, title, kind, therapy_code, summary, publication_id, source_id, reviewed_on) values ("
                        + id + ", 'Fixture', 'PUBLICATION', " + therapy + ", 'Fixture', " + id + cited);
                sql("insert into study_finding (study_id, position, outcome, statement, approximate, open_ended) values (" + id
                        + ", 1, 'LONG_TERM_REMISSION', 'Fixture', false, false)");
                sql("insert into trial (id, title, therapy_code, status, source_id, reviewed_on) values (" + id + ", 'Fixture', " + therapy
                        + ", 'RECRUITING'" + cited);
                sql("insert into trial_identifier (trial_id, position, registry, value) values (" + id + ", 1, 'OTHER', " + id + ")");
                sql("insert into trial_status (trial_id, position, status, source_id) values (" + id + ", 1, 'RECRUITING', " + id + ")");
                sql("insert into trial_site (trial_id, position, name, clinic_id) values (" + id + ", 1, 'Fixture', " + id + ")");
                sql("update study set trial_id = " + id + " where id = " + id);
                sql("insert into claim (id, statement, study_id, verdict, note, source_id, reviewed_on) values (" + id
                        + ", 'Fixture', " + id + ", 'NOT_VERIFIABLE', 'Fixture'" + cited);
                sql("insert into claim_evidence (claim_id, position, study_id) values (" + id + ", 1, " + id + ")");
                sql("insert into eligibility_criterion (id, therapy_code, kind, position, text, match, source_id, reviewed_on) "
                        + "values (" + id + ", " + therapy + ", 'FAVOURABLE', 1, 'Fixture', 'ALL'" + cited);
                sql("insert into eligibility_condition (criterion_id, position, parameter, operator, threshold, typical) values ("
                        + id + ", 1, 'EDSS_SCORE', 'LESS_THAN', 6, false)");
                sql("insert into faq (id, therapy_code, position, question, answer, source_id, reviewed_on) values (" + id + ", "
                        + therapy + ", " + (1000 + i) + ", 'Fixture?', 'Fixture'" + cited);
                sql("insert into note (id, category, position, title, text, therapy_code, source_id, reviewed_on) values (" + id
                        + ", 'CONCLUSION', " + (1000 + i) + ", 'Fixture', 'Fixture', " + therapy + cited);
            }
        });
    }

    /** Also run first, in case an interrupted run left fixtures behind. */
    @AfterAll
    void removeFixtures() {
        QuarkusTransaction.requiringNew().run(() -> {
            for (String table : new String[] { "claim", "cost", "study", "trial", "clinic", "risk", "eligibility_criterion", "faq", "note" }) {
                sql("delete from " + table + " where id like 'zz-fixture-%'");
            }
            sql("delete from country where source_id like 'zz-fixture-%'");
            sql("delete from therapy where code like 'ZZFIXTURE%'");
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
        Requests.asEditor().get(path).then().statusCode(200);
        return statistics.getPrepareStatementCount();
    }

    private void sql(String statement) {
        entityManager.createNativeQuery(statement).executeUpdate();
    }
}
