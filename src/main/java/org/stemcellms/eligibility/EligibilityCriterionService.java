package org.stemcellms.eligibility;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import jakarta.enterprise.context.ApplicationScoped;

import org.stemcellms.editing.ContentService;
import org.stemcellms.editing.EditingSupport;
import org.stemcellms.editing.RecordKind;
import org.stemcellms.editing.References;
import org.stemcellms.source.Source;
import org.stemcellms.therapy.Therapy;
import org.stemcellms.web.problem.ApiException;
import org.stemcellms.web.problem.Problem.FieldError;

/** Writes to eligibility criteria: every condition must be one the self-check can evaluate. */
@ApplicationScoped
public class EligibilityCriterionService extends ContentService<EligibilityCriterion, EligibilityCriterionInput> {

    private final EligibilityCriterionRepository repository;

    EligibilityCriterionService(EditingSupport support, EligibilityCriterionRepository repository) {
        super(support, RecordKind.of("eligibility-criteria", "eligibility criterion", EligibilityCriterionInput.class,
                repository, criterion -> criterion.id, EligibilityCriterionService::createCriterion, EligibilityCriterionInput::from));
        this.repository = repository;
    }

    @Override
    protected List<FieldError> check(EligibilityCriterionInput input) {
        List<FieldError> errors = new ArrayList<>();
        if (input.conditions() == null) {
            return errors;
        }
        for (int i = 0; i < input.conditions().size(); i++) {
            var condition = input.conditions().get(i);
            if (condition == null || condition.parameter() == null || condition.operator() == null) {
                continue;
            }
            String field = "conditions[" + i + "].";
            ConditionParameter parameter = condition.parameter();
            // null entries are reported by the element constraint; only the others are compared here
            List<String> values = condition.values() == null ? List.of()
                    : condition.values().stream().filter(Objects::nonNull).toList();
            boolean hasValues = !values.isEmpty();
            if (parameter.isNumeric()) {
                if (condition.operator() != Operator.LESS_THAN) {
                    errors.add(new FieldError(field + "operator", "must be LESS_THAN for " + parameter));
                }
                if (condition.threshold() == null) {
                    errors.add(new FieldError(field + "threshold", "must be given for " + parameter));
                } else if (condition.threshold().compareTo(parameter.maximum()) > 0) {
                    errors.add(new FieldError(field + "threshold", "must be at most " + parameter.maximum() + " for " + parameter));
                }
                if (hasValues) {
                    errors.add(new FieldError(field + "values", "must be left out for " + parameter));
                }
            } else {
                if (condition.operator() != Operator.IN) {
                    errors.add(new FieldError(field + "operator", "must be IN for " + parameter));
                }
                if (condition.threshold() != null) {
                    errors.add(new FieldError(field + "threshold", "must be left out for " + parameter));
                }
                if (!hasValues) {
                    errors.add(new FieldError(field + "values", "must list one or more of " + String.join(", ", parameter.acceptedValues())));
                } else if (!parameter.acceptedValues().containsAll(values)) {
                    errors.add(new FieldError(field + "values", "may only contain " + String.join(", ", parameter.acceptedValues())));
                }
            }
        }
        return errors;
    }

    @Override
    protected void apply(EligibilityCriterionInput input, EligibilityCriterion criterion, References references) {
        if (repository.count("therapy.code = ?1 and kind = ?2 and position = ?3 and id <> ?4", input.therapyCode(), input.kind(),
                input.position(), criterion.id) > 0) {
            throw ApiException.conflict("Another " + input.kind() + " criterion of " + input.therapyCode() + " already has position "
                    + input.position() + ".");
        }
        criterion.therapy = references.find(Therapy.class, input.therapyCode(), "therapyCode");
        criterion.kind = input.kind();
        criterion.position = input.position();
        criterion.text = input.text();
        criterion.note = input.note();
        criterion.match = input.match();
        criterion.conditions.clear();
        for (int i = 0; i < input.conditions().size(); i++) {
            var source = input.conditions().get(i);
            Condition condition = new Condition();
            condition.position = i + 1;
            condition.parameter = source.parameter();
            condition.operator = source.operator();
            condition.threshold = source.threshold();
            condition.values = source.values() == null || source.values().isEmpty() ? null : new ArrayList<>(source.values());
            condition.typical = source.typical();
            criterion.conditions.add(condition);
        }
        criterion.source = references.find(Source.class, input.sourceId(), "sourceId");
        criterion.reviewedOn = input.reviewedOn();
    }

    private static EligibilityCriterion createCriterion(String id) {
        EligibilityCriterion criterion = new EligibilityCriterion();
        criterion.id = id;
        return criterion;
    }
}
