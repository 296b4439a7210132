package org.stemcellms.eligibility;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.stemcellms.eligibility.PublishedCriteria.Criterion;
import org.stemcellms.eligibility.PublishedCriteria.Fit;
import org.stemcellms.eligibility.PublishedCriteria.Situation;

/** The reading of a centre's or trial's published criteria: plain logic, no Quarkus, no database. */
class PublishedCriteriaTest {

    private static final Map<String, List<String>> CITED = Map.of("msTypes", List.of("page-a"), "edssMin", List.of("page-b"),
            "edssMax", List.of("page-b", "page-c"), "ageMin", List.of("page-a"), "ageMax", List.of("page-a"),
            "maxYearsSinceDiagnosis", List.of("page-d"));
    private static final PublishedCriteria ALL = new PublishedCriteria(List.of("RRMS", "SPMS"), new BigDecimal("2.0"),
            new BigDecimal("6.0"), 18, 55, 10, CITED);

    private static Situation situation(String type, String edss, Integer age, Integer years) {
        return new Situation(type, edss == null ? null : new BigDecimal(edss), age == null ? null : BigDecimal.valueOf(age),
                years == null ? null : BigDecimal.valueOf(years));
    }

    @Test
    void shouldMeetWhenEveryPublishedCriterionHoldsWithInclusiveBounds() {
        var checks = ALL.checks(situation("RRMS", "6.0", 18, 10));
        assertEquals(List.of(Criterion.MS_TYPE, Criterion.EDSS_SCORE, Criterion.AGE, Criterion.YEARS_SINCE_DIAGNOSIS),
                checks.stream().map(PublishedCriteria.Check::criterion).toList());
        assertEquals(Fit.MEETS, PublishedCriteria.fit(checks));
        assertEquals(List.of("page-b", "page-c"), checks.get(1).sourceIds(), "a range cites the sources of both bounds, once each");
        assertEquals("2 to 6", checks.get(1).published());
    }

    @Test
    void shouldNotMeetWhenOneCriterionFailsWhateverTheRestIsUnknown() {
        var checks = ALL.checks(situation("PPMS", null, null, null));
        assertEquals(Assessment.Outcome.NOT_MET, checks.get(0).outcome());
        assertEquals(Fit.DOES_NOT_MEET, PublishedCriteria.fit(checks));
        assertEquals(Fit.DOES_NOT_MEET, PublishedCriteria.fit(ALL.checks(situation("RRMS", "6.5", 30, 2))));
        assertEquals(Fit.DOES_NOT_MEET, PublishedCriteria.fit(ALL.checks(situation("RRMS", "3", 56, 2))));
        assertEquals(Fit.DOES_NOT_MEET, PublishedCriteria.fit(ALL.checks(situation("RRMS", "3", 30, 11))));
    }

    @Test
    void shouldBeUnknownWhenNothingFailsButSomethingIsNotGiven() {
        var checks = ALL.checks(situation("RRMS", "3", null, 2));
        assertEquals(Assessment.Outcome.UNKNOWN, checks.get(2).outcome());
        assertEquals("age not given", checks.get(2).reason());
        assertEquals(Fit.UNKNOWN, PublishedCriteria.fit(checks));
    }

    @Test
    void shouldLeaveOutWhatIsNotPublishedAndReadOneSidedBounds() {
        var onlyMax = new PublishedCriteria(List.of(), null, new BigDecimal("6.5"), null, null, null, Map.of("edssMax", List.of("p")));
        var checks = onlyMax.checks(situation("RRMS", "6.5", 70, 30));
        assertEquals(1, checks.size());
        assertEquals("at most 6.5", checks.get(0).published());
        assertEquals(Fit.MEETS, PublishedCriteria.fit(checks));
        var nothing = new PublishedCriteria(List.of(), null, null, null, null, null, Map.of());
        assertEquals(List.of(), nothing.checks(situation("RRMS", "1", 30, 1)), "nothing published: nothing to check");
        assertEquals(Fit.UNKNOWN, PublishedCriteria.fit(nothing.checks(situation("RRMS", "1", 30, 1))), "nothing published: unknown");
    }
}
