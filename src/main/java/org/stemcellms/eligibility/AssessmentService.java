package org.stemcellms.eligibility;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.stemcellms.clinic.Clinic;
import org.stemcellms.clinic.ClinicRef;
import org.stemcellms.clinic.ClinicRepository;
import org.stemcellms.eligibility.Assessment.CentreMatch;
import org.stemcellms.eligibility.Assessment.CriterionCheck;
import org.stemcellms.eligibility.Assessment.CriterionOutcome;
import org.stemcellms.eligibility.Assessment.TrialMatch;
import org.stemcellms.eligibility.Assessment.Outcome;
import org.stemcellms.eligibility.Assessment.Reading;
import org.stemcellms.eligibility.Assessment.Route;
import org.stemcellms.note.Note;
import org.stemcellms.source.SourceRef;
import org.stemcellms.source.SourceRepository;
import org.stemcellms.trial.Trial;
import org.stemcellms.trial.TrialRef;
import org.stemcellms.trial.TrialRepository;
import org.stemcellms.trial.TrialStatus;
import org.stemcellms.therapy.Therapy;
import org.stemcellms.therapy.TherapyRef;
import org.stemcellms.web.ApiException;
import org.stemcellms.web.Problem.FieldError;

/**
 * Applies the HSCT eligibility criteria, as editors keep them in the data, to one situation, in memory.
 * Nothing is stored and nothing is logged: the request lives only as long as this call.
 *
 * <p>How a situation becomes the criteria's parameters: msType is MS_TYPE; edssScore is EDSS_SCORE;
 * yearsSinceDiagnosis is YEARS_SINCE_DIAGNOSIS; dmtResponse GOOD or POOR is DMT_RESPONSE (NONE_TRIED is
 * neither); recentActivity YES (relapses or new MRI lesions in the last year) is DISEASE_ACTIVITY HIGH and NO
 * is LOW; comorbidities is COMORBIDITIES. LONG_STANDING_DISABILITY is not asked, as a self-check cannot judge
 * it: it is always unknown. UNKNOWN or an absent field is unknown.
 */
@ApplicationScoped
public class AssessmentService {

    static final String THERAPY = "HSCT";
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
    private static final Comparator<PublishedCriteria.Fit> FIT_ORDER = Comparator.comparing(
            fit -> List.of(PublishedCriteria.Fit.MEETS, PublishedCriteria.Fit.UNKNOWN, PublishedCriteria.Fit.DOES_NOT_MEET).indexOf(fit));
    private static final BigDecimal HALF = new BigDecimal("0.5");
    private static final String DISCLAIMER_NOTE = "full-evaluation";

    private final EligibilityCriterionRepository criteria;
    private final ClinicRepository clinics;
    private final TrialRepository trials;
    private final SourceRepository sources;

    AssessmentService(EligibilityCriterionRepository criteria, ClinicRepository clinics, TrialRepository trials, SourceRepository sources) {
        this.criteria = criteria;
        this.clinics = clinics;
        this.trials = trials;
        this.sources = sources;
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

    @Transactional
    public Assessment assess(AssessmentRequest request) {
        List<FieldError> errors = check(request);
        if (!errors.isEmpty()) {
            throw ApiException.invalidBody(errors);
        }
        Map<ConditionParameter, Object> facts = facts(request);
        List<EligibilityCriterion> published = criteria.find("therapy.code", THERAPY).list().stream()
                .sorted(Comparator.comparing((EligibilityCriterion c) -> c.kind).thenComparing(c -> c.position)).toList();
        List<CriterionOutcome> outcomes = published.stream().map(criterion -> outcome(criterion, facts)).toList();
        Reading reading = reading(outcomes);
        Therapy hsct = published.isEmpty() ? Therapy.findById(THERAPY) : published.get(0).therapy;
        Note evaluation = Note.findById(DISCLAIMER_NOTE);
        PublishedCriteria.Situation situation = new PublishedCriteria.Situation(
                request.msType() == null || request.msType().equals("UNKNOWN") ? null : request.msType(), request.edssScore(),
                request.age(), request.yearsSinceDiagnosis());
        Map<String, SourceRef> cited = new HashMap<>();
        List<CentreMatch> centres = clinics.find(CENTRES_WITH_CRITERIA).list().stream()
                .map(clinic -> centre(clinic, situation, cited)).sorted(BY_FIT_CENTRE).toList();
        List<TrialMatch> open = trials.find("status in ?1", TrialStatus.OPEN).list().stream()
                .map(trial -> trial(trial, situation, cited)).sorted(BY_FIT_TRIAL).toList();
        return new Assessment(reading, summary(reading), outcomes, routes(reading, outcomes, hsct), centres, open, RULES,
                "This is not medical advice and not a diagnosis: it only shows how the published criteria read for what was sent. "
                        + (evaluation == null ? "" : evaluation.text),
                evaluation == null ? null : SourceRef.from(evaluation.source));
    }

    private static final String CENTRES_WITH_CRITERIA = "edssMin is not null or edssMax is not null or ageMin is not null "
            + "or ageMax is not null or maxYearsSinceDiagnosis is not null or cast(sql('cardinality(ms_types) > 0') as Boolean) = true";
    private static final Comparator<CentreMatch> BY_FIT_CENTRE = Comparator.comparing(CentreMatch::fit, FIT_ORDER)
            .thenComparing(m -> m.centre().name());
    private static final Comparator<TrialMatch> BY_FIT_TRIAL = Comparator.comparing(TrialMatch::fit, FIT_ORDER)
            .thenComparing(m -> m.trial().title());

    private CentreMatch centre(Clinic clinic, PublishedCriteria.Situation situation, Map<String, SourceRef> cited) {
        var published = new PublishedCriteria(clinic.msTypes, clinic.edssMin, clinic.edssMax, clinic.ageMin, clinic.ageMax,
                clinic.maxYearsSinceDiagnosis, clinic.citations);
        var checks = published.checks(situation);
        return new CentreMatch(ClinicRef.from(clinic), clinic.country.code, "/api/v1/clinics/" + clinic.id,
                clinic.website != null ? clinic.website : clinic.source.url, PublishedCriteria.fit(checks),
                checks(checks, cited));
    }

    private TrialMatch trial(Trial trial, PublishedCriteria.Situation situation, Map<String, SourceRef> cited) {
        var published = new PublishedCriteria(trial.msTypes, trial.edssMin, trial.edssMax, trial.ageMin, trial.ageMax, null, trial.citations);
        var checks = published.checks(situation);
        return new TrialMatch(TrialRef.from(trial), trial.status, trial.statusAsOf, "/api/v1/trials/" + trial.id, trial.source.url,
                PublishedCriteria.fit(checks), checks(checks, cited));
    }

    private List<CriterionCheck> checks(List<PublishedCriteria.Check> checks, Map<String, SourceRef> cited) {
        return checks.stream().map(check -> new CriterionCheck(check.criterion(), check.published(), check.outcome(), check.reason(),
                check.sourceIds().stream().map(id -> cited.computeIfAbsent(id, key -> SourceRef.from(sources.findById(key))))
                        .filter(java.util.Objects::nonNull).toList())).toList();
    }

    private static boolean tooPrecise(BigDecimal value) {
        return value.scale() > 2 && value.stripTrailingZeros().scale() > 2 || value.precision() - value.scale() > 3;
    }

    private static void oneOf(List<FieldError> errors, String field, String value, Set<String> allowed) {
        if (value != null && !value.equals("UNKNOWN") && !allowed.contains(value)) {
            errors.add(new FieldError(field, "must be one of " + String.join(", ", allowed.stream().sorted().toList()) + " or UNKNOWN"));
        }
    }

    private static Map<ConditionParameter, Object> facts(AssessmentRequest request) {
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

    private static CriterionOutcome outcome(EligibilityCriterion criterion, Map<ConditionParameter, Object> facts) {
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

    private static String summary(Reading reading) {
        return switch (reading) {
            case TYPICAL_CANDIDATE -> "A typical candidate for HSCT by the published criteria: discuss it with an MS neurologist.";
            case POSSIBLE_DISCUSS_WITH_SPECIALIST -> "Possible, but not clearly typical by the published criteria: discuss it with a "
                    + "specialist.";
            case NOT_TYPICAL -> "Not a typical candidate for HSCT by the published criteria; clinical trials may still be an option.";
        };
    }

    private static List<Route> routes(Reading reading, List<CriterionOutcome> outcomes, Therapy hsct) {
        TherapyRef hsctRef = TherapyRef.from(hsct);
        TherapyRef msc = TherapyRef.from(Therapy.findById("MSC"));
        List<Route> routes = new ArrayList<>();
        String trialsNote = outcomes.stream().filter(o -> o.kind() == CriterionKind.UNFAVOURABLE && o.outcome() == Outcome.MET
                && o.note() != null).map(CriterionOutcome::note)
                .findFirst().orElse("HSCT is also offered in clinical trials.");
        List<String> trialLinks = List.of("/api/v1/countries?access=SELECT_TRIALS_OR_AGGRESSIVE_MS",
                "/api/v1/countries?access=STRICT_TRIALS_OR_RAPIDLY_ADVANCING_MS", "/api/v1/clinics?accessModel=CLINICAL_TRIAL_SITE",
                "/api/v1/costs?therapy=HSCT&setting=CLINICAL_TRIAL");
        if (reading == Reading.NOT_TYPICAL) {
            routes.add(new Route(hsctRef, "CLINICAL_TRIALS", trialsNote, trialLinks));
        } else {
            routes.add(new Route(hsctRef, "TREATMENT_CENTRES", "HSCT is offered in specialised treatment centres as well as trials.",
                    List.of("/api/v1/countries", "/api/v1/clinics?therapy=HSCT&accessModel=TREATMENT_CENTRE",
                            "/api/v1/costs?therapy=HSCT", "/api/v1/costs/summary?therapy=HSCT")));
            routes.add(new Route(hsctRef, "CLINICAL_TRIALS", "HSCT is also offered in clinical trials.", trialLinks));
        }
        if (msc != null) {
            routes.add(new Route(msc, "CLINICAL_TRIALS", "MSC therapy is experimental in MS, explored in early-phase clinical trials.",
                    List.of("/api/v1/therapies/MSC", "/api/v1/studies?therapy=MSC")));
        }
        return routes;
    }
}
