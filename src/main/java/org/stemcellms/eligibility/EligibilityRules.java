package org.stemcellms.eligibility;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.stemcellms.eligibility.Assessment.CriterionOutcome;
import org.stemcellms.eligibility.Assessment.Outcome;
import org.stemcellms.eligibility.Assessment.Reading;
import org.stemcellms.source.SourceRef;
import org.stemcellms.web.problem.Problem.FieldError;

/**
 * The self-check's rules as pure functions: which request is valid, how it becomes the criteria's parameters, each
 * criterion's outcome, and the reading the outcomes give. No database and no Quarkus: {@code ReadingRulesTest} runs
 * them in milliseconds.
 *
 * <p>How a situation becomes the criteria's parameters: msType is MS_TYPE; edssScore is EDSS_SCORE;
 * yearsSinceDiagnosis is YEARS_SINCE_DIAGNOSIS; dmtResponse GOOD or POOR is DMT_RESPONSE (NONE_TRIED is
 * neither); recentActivity YES (relapses or new MRI lesions in the last year) is DISEASE_ACTIVITY HIGH and NO
 * is LOW; comorbidities is COMORBIDITIES. LONG_STANDING_DISABILITY is not asked, as a self-check cannot judge
 * it: it is always unknown. UNKNOWN or an absent field is unknown.
 */
public final class EligibilityRules {

    /** The rules, in the order they apply; the OpenAPI description and the response repeat them. */
    static final String RULE_1 = "1. If any unfavourable criterion is met, the reading is NOT_TYPICAL.";
    static final String RULE_2 = "2. Otherwise, if any favourable criterion is not met, the reading is POSSIBLE_DISCUSS_WITH_SPECIALIST.";
    static final String RULE_3 = "3. Otherwise, if at least half of the favourable criteria (and at least one) are met, the rest "
            + "unknown, the reading is TYPICAL_CANDIDATE.";
    static final String RULE_4 = "4. Otherwise (too much is unknown), the reading is POSSIBLE_DISCUSS_WITH_SPECIALIST.";
    static final String RULE_MATCH = "A criterion whose conditions must all hold (match ALL) is met when all are met, not met when "
            + "one is not, and unknown otherwise; one that needs any of them (match ANY) is met when one is met, not met when none "
            + "can be, and unknown otherwise. A condition on something unknown is unknown.";
    static final String RULES_TEXT = RULE_1 + " " + RULE_2 + " " + RULE_3 + " " + RULE_4 + " " + RULE_MATCH;
    public static final List<String> RULES = List.of(RULE_1, RULE_2, RULE_3, RULE_4, RULE_MATCH);
    private static final Set<String> MS_TYPES = Set.of("RRMS", "SPMS", "PPMS", "CIS");
    private static final Set<String> DMT_RESPONSES = Set.of("GOOD", "POOR", "NONE_TRIED");
    private static final Set<String> YES_NO = Set.of("YES", "NO");
    private static final BigDecimal HALF = new BigDecimal("0.5");

    private EligibilityRules() {
    }

    /** Every invalid field of the request, named; empty when it is valid. */
    public static List<FieldError> check(AssessmentRequest request) {
        List<FieldError> errors = new ArrayList<>();
        oneOf(errors, "msType", request.msType(), MS_TYPES);
        oneOf(errors, "dmtResponse", request.dmtResponse(), DMT_RESPONSES);
        oneOf(errors, "recentActivity", request.recentActivity(), YES_NO);
        oneOf(errors, "comorbidities", request.comorbidities(), YES_NO);
        // scales first: 1e-999999999 is between 0 and 100, and spelling it out would take a gigabyte
        BigDecimal edss = request.edssScore();
        if (edss != null && (tooPrecise(edss) || edss.signum() < 0 || edss.compareTo(BigDecimal.TEN) > 0
                || edss.remainder(HALF).signum() != 0)) {
            errors.add(new FieldError("edssScore", "must be from 0 to 10 in steps of 0.5"));
        }
        BigDecimal age = request.age();
        if (age != null && (tooPrecise(age) || age.signum() < 0 || age.compareTo(BigDecimal.valueOf(120)) > 0
                || age.stripTrailingZeros().scale() > 0)) {
            errors.add(new FieldError("age", "must be whole years from 0 to 120"));
        }
        BigDecimal years = request.yearsSinceDiagnosis();
        if (years != null && (tooPrecise(years) || years.signum() < 0 || years.compareTo(BigDecimal.valueOf(100)) > 0)) {
            errors.add(new FieldError("yearsSinceDiagnosis", "must be from 0 to 100, with at most 2 decimals"));
        }
        return errors;
    }

    private static boolean tooPrecise(BigDecimal value) {
        return value.scale() > 2 && value.stripTrailingZeros().scale() > 2 || value.precision() - value.scale() > 3;
    }

    private static void oneOf(List<FieldError> errors, String field, String value, Set<String> allowed) {
        if (value != null && !value.equals("UNKNOWN") && !allowed.contains(value)) {
            errors.add(new FieldError(field, "must be one of " + String.join(", ", allowed.stream().sorted().toList()) + " or UNKNOWN"));
        }
    }

    static Map<ConditionParameter, Object> facts(AssessmentRequest request) {
        Map<ConditionParameter, Object> facts = new EnumMap<>(ConditionParameter.class);
        known(facts, ConditionParameter.MS_TYPE, request.msType());
        known(facts, ConditionParameter.DMT_RESPONSE, request.dmtResponse());
        known(facts, ConditionParameter.COMORBIDITIES, request.comorbidities());
        if ("YES".equals(request.recentActivity())) {
            facts.put(ConditionParameter.DISEASE_ACTIVITY, "HIGH");
        } else if ("NO".equals(request.recentActivity())) {
            facts.put(ConditionParameter.DISEASE_ACTIVITY, "LOW");
        }
        if (request.edssScore() != null) {
            facts.put(ConditionParameter.EDSS_SCORE, request.edssScore());
        }
        if (request.yearsSinceDiagnosis() != null) {
            facts.put(ConditionParameter.YEARS_SINCE_DIAGNOSIS, request.yearsSinceDiagnosis());
        }
        return facts;
    }

    private static void known(Map<ConditionParameter, Object> facts, ConditionParameter parameter, String value) {
        if (value != null && !value.equals("UNKNOWN")) {
            facts.put(parameter, value);
        }
    }

    static CriterionOutcome outcome(EligibilityCriterion criterion, Map<ConditionParameter, Object> facts) {
        List<Outcome> results = new ArrayList<>();
        List<String> reasons = new ArrayList<>();
        for (Condition condition : criterion.conditions) {
            Object fact = facts.get(condition.parameter);
            String name = condition.parameter.name().toLowerCase(Locale.ROOT).replace('_', ' ');
            if (fact == null) {
                results.add(Outcome.UNKNOWN);
                reasons.add(name + " is unknown");
            } else if (condition.operator == Operator.LESS_THAN) {
                boolean below = ((BigDecimal) fact).compareTo(condition.threshold) < 0;
                results.add(below ? Outcome.MET : Outcome.NOT_MET);
                reasons.add(name + " " + ((BigDecimal) fact).stripTrailingZeros().toPlainString() + (below ? " is below " : " is not below ")
                        + condition.threshold.stripTrailingZeros().toPlainString() + (condition.typical ? " (a usual bound, not a strict one)" : ""));
            } else {
                boolean in = condition.values.contains(fact.toString());
                results.add(in ? Outcome.MET : Outcome.NOT_MET);
                reasons.add(name + " " + fact + (in ? " is " : " is not ") + String.join(" or ", condition.values));
            }
        }
        Outcome outcome = criterion.match == Match.ANY
                ? results.contains(Outcome.MET) ? Outcome.MET : results.contains(Outcome.UNKNOWN) ? Outcome.UNKNOWN : Outcome.NOT_MET
                : results.contains(Outcome.NOT_MET) ? Outcome.NOT_MET : results.contains(Outcome.UNKNOWN) ? Outcome.UNKNOWN : Outcome.MET;
        return new CriterionOutcome(criterion.id, criterion.kind, criterion.text, criterion.note, outcome, reasons,
                SourceRef.from(criterion.source), "/api/v1/eligibility-criteria/" + criterion.id);
    }

    /** The rules of {@link #RULES}, in their order. */
    static Reading reading(List<CriterionOutcome> outcomes) {
        List<CriterionOutcome> favourable = outcomes.stream().filter(o -> o.kind() == CriterionKind.FAVOURABLE).toList();
        if (outcomes.stream().anyMatch(o -> o.kind() == CriterionKind.UNFAVOURABLE && o.outcome() == Outcome.MET)) {
            return Reading.NOT_TYPICAL;
        }
        if (favourable.stream().anyMatch(o -> o.outcome() == Outcome.NOT_MET)) {
            return Reading.POSSIBLE_DISCUSS_WITH_SPECIALIST;
        }
        long met = favourable.stream().filter(o -> o.outcome() == Outcome.MET).count();
        return !favourable.isEmpty() && met * 2 >= favourable.size() ? Reading.TYPICAL_CANDIDATE : Reading.POSSIBLE_DISCUSS_WITH_SPECIALIST;
    }

    static String summary(Reading reading) {
        return switch (reading) {
            case TYPICAL_CANDIDATE -> "A typical candidate for HSCT by the published criteria: discuss it with an MS neurologist.";
            case POSSIBLE_DISCUSS_WITH_SPECIALIST -> "Possible, but not clearly typical by the published criteria: discuss it with a "
                    + "specialist.";
            case NOT_TYPICAL -> "Not a typical candidate for HSCT by the published criteria; clinical trials may still be an option.";
        };
    }
}
