package org.stemcellms.eligibility;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.stemcellms.eligibility.Assessment.CriterionOutcome;
import org.stemcellms.eligibility.Assessment.Outcome;
import org.stemcellms.eligibility.Assessment.Reading;

/** The four reading rules over the criteria's outcomes, and the colour a criterion takes: plain logic, no Quarkus. */
class ReadingRulesTest {

    private static CriterionOutcome outcome(CriterionKind kind, Outcome outcome) {
        return new CriterionOutcome("c", kind, "text", null, outcome, List.of(), null, "/");
    }

    private static Reading reading(Outcome... favourableThenUnfavourable) {
        List<CriterionOutcome> outcomes = new ArrayList<>();
        for (int i = 0; i < favourableThenUnfavourable.length; i++) {
            outcomes.add(outcome(i < 4 ? CriterionKind.FAVOURABLE : CriterionKind.UNFAVOURABLE, favourableThenUnfavourable[i]));
        }
        return EligibilityRules.reading(outcomes);
    }

    private static final Outcome M = Outcome.MET;
    private static final Outcome N = Outcome.NOT_MET;
    private static final Outcome U = Outcome.UNKNOWN;

    @Test
    void rule1AnUnfavourableCriterionMetIsNotTypicalWhateverTheRest() {
        assertEquals(Reading.NOT_TYPICAL, reading(M, M, M, M, N, M, N));
    }

    @Test
    void rule2AFavourableCriterionNotMetIsPossible() {
        assertEquals(Reading.POSSIBLE_DISCUSS_WITH_SPECIALIST, reading(M, M, M, N, N, N, N));
    }

    @Test
    void rule3HalfTheFavourableMetAndTheRestUnknownIsTypical() {
        assertEquals(Reading.TYPICAL_CANDIDATE, reading(M, M, U, U, N, U, N));
        assertEquals(Reading.TYPICAL_CANDIDATE, reading(M, M, M, M, N, N, N));
    }

    @Test
    void rule4TooMuchUnknownIsPossible() {
        assertEquals(Reading.POSSIBLE_DISCUSS_WITH_SPECIALIST, reading(M, U, U, U, U, U, U));
        assertEquals(Reading.POSSIBLE_DISCUSS_WITH_SPECIALIST, reading(U, U, U, U, U, U, U));
        assertEquals(Reading.POSSIBLE_DISCUSS_WITH_SPECIALIST, EligibilityRules.reading(List.of()), "no criteria at all");
    }

    @Test
    void anUnfavourableCriterionThatAppliesIsNeverAGoodSign() {
        assertEquals("warning", outcome(CriterionKind.UNFAVOURABLE, M).tone());
        assertEquals("good", outcome(CriterionKind.UNFAVOURABLE, N).tone());
        assertEquals("good", outcome(CriterionKind.FAVOURABLE, M).tone());
        assertEquals("warning", outcome(CriterionKind.FAVOURABLE, N).tone());
        assertEquals("neutral", outcome(CriterionKind.FAVOURABLE, U).tone());
    }
}
