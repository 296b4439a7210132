package org.stemcellms.therapy;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.stemcellms.editing.ContentService;
import org.stemcellms.editing.EditingSupport;
import org.stemcellms.editing.RecordKind;
import org.stemcellms.editing.References;
import org.stemcellms.source.Source;
import org.stemcellms.web.problem.ApiException;
import org.stemcellms.web.problem.Problem.FieldError;

/** Writes to therapies; a therapy that other records still refer to cannot be deleted. */
@ApplicationScoped
public class TherapyService extends ContentService<Therapy, TherapyInput> {

    private static final List<Referrer> REFERRERS = List.of(new Referrer("clinic_therapy", "therapy_code", "clinics"),
            new Referrer("cost", "therapy_code", "costs"), new Referrer("risk", "therapy_code", "risks"),
            new Referrer("study", "therapy_code", "studies"), new Referrer("eligibility_criterion", "therapy_code", "eligibility criteria"),
            new Referrer("faq", "therapy_code", "FAQs"), new Referrer("note", "therapy_code", "notes"),
            new Referrer("trial", "therapy_code", "trials"));

    private final TherapyRepository repository;

    TherapyService(EditingSupport support, TherapyRepository repository) {
        super(support, RecordKind.of("therapies", "therapy", TherapyInput.class, repository,
                therapy -> therapy.code, TherapyService::createTherapy, TherapyInput::from).withUpperCaseIds());
        this.repository = repository;
    }

    @Override
    protected List<FieldError> check(TherapyInput input) {
        List<FieldError> errors = new ArrayList<>();
        var recovery = input.recovery();
        if (recovery != null) {
            if (recovery.minMonths() == null && recovery.maxMonths() == null) {
                errors.add(new FieldError("recovery", "must give minMonths, maxMonths or both"));
            } else if (recovery.minMonths() != null && recovery.maxMonths() != null && recovery.maxMonths() < recovery.minMonths()) {
                errors.add(new FieldError("recovery.maxMonths", "must not be below minMonths"));
            }
        }
        return errors;
    }

    @Override
    protected void apply(TherapyInput input, Therapy therapy, References references) {
        if (repository.count("name = ?1 and code <> ?2", input.name(), therapy.code) > 0) {
            throw ApiException.conflict("Another therapy is already called " + input.name() + ".");
        }
        therapy.name = input.name();
        therapy.summary = input.summary();
        therapy.description = input.description();
        therapy.evidenceLevel = input.evidenceLevel();
        therapy.evidenceNote = input.evidenceNote();
        therapy.fdaApproved = input.fdaApproved();
        therapy.regulatoryNote = input.regulatoryNote();
        therapy.involvesChemotherapy = input.involvesChemotherapy();
        therapy.cellSources = new ArrayList<>(input.cellSources().stream().map(Enum::name).toList());
        therapy.steps.clear();
        for (int i = 0; i < input.steps().size(); i++) {
            TherapyStep step = new TherapyStep();
            step.number = i + 1;
            step.name = input.steps().get(i).name();
            step.description = input.steps().get(i).description();
            therapy.steps.add(step);
        }
        var recovery = input.recovery();
        therapy.recoveryMinMonths = recovery == null ? null : recovery.minMonths();
        therapy.recoveryMaxMonths = recovery == null ? null : recovery.maxMonths();
        therapy.recoveryNote = recovery == null ? null : recovery.note();
        therapy.expectedBenefits = new ArrayList<>(input.expectedBenefits());
        therapy.pros = new ArrayList<>(input.pros());
        therapy.cons = new ArrayList<>(input.cons());
        therapy.source = references.find(Source.class, input.sourceId(), "sourceId");
        therapy.reviewedOn = input.reviewedOn();
    }

    @Override
    protected void checkDeletable(Therapy therapy) {
        requireUnreferenced(therapy.code, REFERRERS);
    }

    private static Therapy createTherapy(String code) {
        Therapy therapy = new Therapy();
        therapy.code = code;
        return therapy;
    }
}
