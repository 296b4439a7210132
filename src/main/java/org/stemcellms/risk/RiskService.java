package org.stemcellms.risk;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.stemcellms.editing.ContentService;
import org.stemcellms.editing.EditingSupport;
import org.stemcellms.editing.RecordKind;
import org.stemcellms.editing.References;
import org.stemcellms.source.Source;
import org.stemcellms.therapy.Therapy;
import org.stemcellms.web.problem.Problem.FieldError;

/** Writes to risks. */
@ApplicationScoped
public class RiskService extends ContentService<Risk, RiskInput> {

    private static final List<Referrer> REFERRERS = List.of(new Referrer("claim", "risk_id", "claims"));

    RiskService(EditingSupport support, RiskRepository repository) {
        super(support, RecordKind.of("risks", "risk", RiskInput.class, repository,
                risk -> risk.id, RiskService::createRisk, RiskInput::from));
    }

    @Override
    protected void checkDeletable(Risk risk) {
        requireUnreferenced(risk.id, REFERRERS);
    }

    @Override
    protected List<FieldError> check(RiskInput input) {
        var incidence = input.incidence();
        if (incidence != null && incidence.minPercent() != null && incidence.maxPercent() != null
                && incidence.maxPercent().compareTo(incidence.minPercent()) < 0) {
            return List.of(new FieldError("incidence.maxPercent", "must not be below incidence.minPercent"));
        }
        return List.of();
    }

    @Override
    protected void apply(RiskInput input, Risk risk, References references) {
        risk.therapy = references.find(Therapy.class, input.therapyCode(), "therapyCode");
        risk.name = input.name();
        risk.description = input.description();
        risk.category = input.category();
        risk.severity = input.severity();
        risk.frequency = input.frequency();
        risk.incidenceMinPercent = input.incidence() == null ? null : input.incidence().minPercent();
        risk.incidenceMaxPercent = input.incidence() == null ? null : input.incidence().maxPercent();
        risk.canBePermanent = input.canBePermanent();
        risk.source = references.find(Source.class, input.sourceId(), "sourceId");
        risk.reviewedOn = input.reviewedOn();
    }

    private static Risk createRisk(String id) {
        Risk risk = new Risk();
        risk.id = id;
        return risk;
    }
}
