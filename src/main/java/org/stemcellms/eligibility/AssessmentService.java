package org.stemcellms.eligibility;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.stemcellms.clinic.Clinic;
import org.stemcellms.clinic.ClinicRef;
import org.stemcellms.clinic.ClinicRepository;
import org.stemcellms.eligibility.Assessment.CentreMatch;
import org.stemcellms.eligibility.Assessment.CriterionCheck;
import org.stemcellms.eligibility.Assessment.CriterionOutcome;
import org.stemcellms.eligibility.Assessment.TrialMatch;
import org.stemcellms.eligibility.Assessment.Reading;
import org.stemcellms.eligibility.Assessment.Route;
import org.stemcellms.note.Note;
import org.stemcellms.note.NoteRepository;
import org.stemcellms.source.SourceRef;
import org.stemcellms.source.SourceRepository;
import org.stemcellms.trial.Trial;
import org.stemcellms.trial.TrialRef;
import org.stemcellms.trial.TrialRepository;
import org.stemcellms.trial.TrialStatus;
import org.stemcellms.therapy.Therapy;
import org.stemcellms.therapy.TherapyRepository;
import org.stemcellms.therapy.TherapyRef;
import org.stemcellms.web.problem.ApiException;
import org.stemcellms.web.problem.Problem.FieldError;

/**
 * The self-check: applies the HSCT eligibility criteria, as editors keep them in the data, to one situation by the
 * rules of {@link EligibilityRules}, adds the next steps ({@link NextSteps}) and the centres and open trials whose
 * published criteria the situation meets ({@link PublishedCriteria}). Nothing is stored and nothing is logged: the
 * request lives only as long as this call.
 */
@ApplicationScoped
public class AssessmentService {

    static final String THERAPY = "HSCT";
    private static final Comparator<PublishedCriteria.Fit> FIT_ORDER = Comparator.comparing(
            fit -> List.of(PublishedCriteria.Fit.MEETS, PublishedCriteria.Fit.UNKNOWN, PublishedCriteria.Fit.DOES_NOT_MEET).indexOf(fit));
    private static final String DISCLAIMER_NOTE = "full-evaluation";

    private final EligibilityCriterionRepository criteria;
    private final ClinicRepository clinics;
    private final TrialRepository trials;
    private final SourceRepository sources;
    private final TherapyRepository therapies;
    private final NoteRepository notes;

    AssessmentService(EligibilityCriterionRepository criteria, ClinicRepository clinics, TrialRepository trials, SourceRepository sources,
            TherapyRepository therapies, NoteRepository notes) {
        this.criteria = criteria;
        this.clinics = clinics;
        this.trials = trials;
        this.sources = sources;
        this.therapies = therapies;
        this.notes = notes;
    }

    @Transactional
    public Assessment assess(AssessmentRequest request) {
        List<FieldError> errors = EligibilityRules.check(request);
        if (!errors.isEmpty()) {
            throw ApiException.invalidBody(errors);
        }
        Map<ConditionParameter, Object> facts = EligibilityRules.facts(request);
        List<EligibilityCriterion> published = criteria.find("therapy.code", THERAPY).list().stream()
                .sorted(Comparator.comparing((EligibilityCriterion c) -> c.kind).thenComparing(c -> c.position)).toList();
        List<CriterionOutcome> outcomes = published.stream().map(criterion -> EligibilityRules.outcome(criterion, facts)).toList();
        Reading reading = EligibilityRules.reading(outcomes);
        Therapy hsct = published.isEmpty() ? therapies.findById(THERAPY) : published.get(0).therapy;
        Note evaluation = notes.findById(DISCLAIMER_NOTE);
        PublishedCriteria.Situation situation = new PublishedCriteria.Situation(
                request.msType() == null || request.msType().equals("UNKNOWN") ? null : request.msType(), request.edssScore(),
                request.age(), request.yearsSinceDiagnosis());
        Map<String, SourceRef> cited = new HashMap<>();
        List<CentreMatch> centres = clinics.find(CENTRES_WITH_CRITERIA).list().stream()
                .map(clinic -> centre(clinic, situation, cited)).sorted(BY_FIT_CENTRE).toList();
        List<TrialMatch> open = trials.find("status in ?1", TrialStatus.OPEN).list().stream()
                .map(trial -> trial(trial, situation, cited)).sorted(BY_FIT_TRIAL).toList();
        List<Route> routes = NextSteps.routes(reading, outcomes, TherapyRef.from(hsct), TherapyRef.from(therapies.findById("MSC")));
        return new Assessment(reading, EligibilityRules.summary(reading), outcomes, routes, centres, open, EligibilityRules.RULES,
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

}
