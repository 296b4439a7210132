package org.stemcellms.study;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.stemcellms.editing.ContentService;
import org.stemcellms.editing.EditingSupport;
import org.stemcellms.editing.RecordKind;
import org.stemcellms.editing.References;
import org.stemcellms.source.Source;
import org.stemcellms.therapy.Therapy;
import org.stemcellms.web.problem.Problem.FieldError;

/** Writes to studies with their findings. */
@ApplicationScoped
public class StudyService extends ContentService<Study, StudyInput> {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final List<Referrer> REFERRERS = List.of(new Referrer("claim", "study_id", "claims"),
            new Referrer("claim_evidence", "study_id", "claims (as their evidence)"));

    StudyService(EditingSupport support, StudyRepository repository) {
        super(support, RecordKind.of("studies", "study", StudyInput.class, repository,
                study -> study.id, StudyService::createStudy, StudyInput::from));
    }

    @Override
    protected List<FieldError> check(StudyInput input) {
        List<FieldError> errors = new ArrayList<>();
        if (input.findings() == null) {
            return errors;
        }
        for (int i = 0; i < input.findings().size(); i++) {
            var finding = input.findings().get(i);
            var value = finding == null ? null : finding.value();
            String at = "findings[" + i + "].";
            if (finding != null && finding.followUpMeasure() != null && finding.followUpYears() == null) {
                errors.add(new FieldError(at + "followUpMeasure", "must be left out without followUpYears"));
            }
            if (finding != null && value == null && (finding.comparatorValue() != null || finding.confidenceInterval() != null)) {
                errors.add(new FieldError(at + (finding.comparatorValue() != null ? "comparatorValue" : "confidenceInterval"),
                        "must be left out without a value"));
            }
            var interval = finding == null ? null : finding.confidenceInterval();
            if (interval != null && interval.low() != null && interval.high() != null && interval.high().compareTo(interval.low()) < 0) {
                errors.add(new FieldError(at + "confidenceInterval.high", "must not be below low"));
            }
            if (value == null || value.min() == null) {
                continue;
            }
            String field = at + "value.";
            if (value.max() != null && value.max().compareTo(value.min()) < 0) {
                errors.add(new FieldError(field + "max", "must not be below min"));
            }
            if (Boolean.TRUE.equals(value.openEnded()) && value.max() != null) {
                errors.add(new FieldError(field + "max", "must be left out when openEnded is true"));
            }
            if (value.unit() == ValueUnit.PERCENT_OF_PATIENTS && (value.min().compareTo(HUNDRED) > 0
                    || value.max() != null && value.max().compareTo(HUNDRED) > 0)) {
                errors.add(new FieldError(field + "unit", "percentages must be from 0 to 100"));
            }
        }
        return errors;
    }

    @Override
    protected void apply(StudyInput input, Study study, References references) {
        references.requireRow("trial", input.trialId(), "trialId");
        study.title = input.title();
        study.shortName = input.shortName();
        study.kind = input.kind();
        study.authors = input.authors();
        study.publishedYear = input.year();
        study.journal = input.journal();
        study.therapy = references.find(Therapy.class, input.therapyCode(), "therapyCode");
        study.population = input.population();
        study.comparator = input.comparator();
        study.summary = input.summary();
        study.limitations = input.limitations();
        study.publication = references.find(Source.class, input.publicationId(), "publicationId");
        study.trialId = input.trialId();
        study.findings.clear();
        for (int i = 0; i < input.findings().size(); i++) {
            study.findings.add(finding(i + 1, input.findings().get(i)));
        }
        study.source = references.find(Source.class, input.sourceId(), "sourceId");
        study.reviewedOn = input.reviewedOn();
    }

    private static Finding finding(int position, StudyInput.FindingInput input) {
        Finding finding = new Finding();
        finding.position = position;
        finding.outcome = input.outcome();
        finding.statement = input.statement();
        finding.population = input.population();
        finding.comparator = input.comparator();
        var value = input.value();
        finding.valueMin = value == null ? null : value.min();
        finding.valueMax = value == null ? null : value.max();
        finding.valueUnit = value == null ? null : value.unit();
        finding.approximate = value != null && value.approximate();
        finding.openEnded = value != null && value.openEnded();
        finding.followUpYears = input.followUpYears();
        finding.followUpMeasure = input.followUpMeasure();
        finding.patients = input.patients();
        finding.comparatorValue = input.comparatorValue();
        var interval = input.confidenceInterval();
        finding.ciLow = interval == null ? null : interval.low();
        finding.ciHigh = interval == null ? null : interval.high();
        finding.ciLevel = interval == null ? null : interval.level();
        return finding;
    }

    @Override
    protected void checkDeletable(Study study) {
        requireUnreferenced(study.id, REFERRERS);
    }

    private static Study createStudy(String id) {
        Study study = new Study();
        study.id = id;
        return study;
    }
}
