package org.stemcellms.study;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.stemcellms.editing.ContentService;
import org.stemcellms.editing.EditingSupport;
import org.stemcellms.editing.RecordKind;
import org.stemcellms.editing.References;
import org.stemcellms.risk.Risk;
import org.stemcellms.source.Source;
import org.stemcellms.web.problem.Problem.FieldError;

/** Writes to claims: each is about a study or a risk, and names its evidence among the studies. */
@ApplicationScoped
public class ClaimService extends ContentService<Claim, ClaimInput> {

    ClaimService(EditingSupport support, ClaimRepository repository) {
        super(support, RecordKind.of("claims", "claim", ClaimInput.class, repository,
                claim -> claim.id, ClaimService::createClaim, ClaimInput::from));
    }

    @Override
    protected List<FieldError> check(ClaimInput input) {
        List<FieldError> errors = new ArrayList<>();
        if (input.studyId() == null && input.riskId() == null) {
            errors.add(new FieldError("studyId", "a claim is about a study or a risk: give studyId, riskId or both"));
        }
        if (input.evidenceStudyIds() != null && new HashSet<>(input.evidenceStudyIds()).size() < input.evidenceStudyIds().size()) {
            errors.add(new FieldError("evidenceStudyIds", "names a study twice"));
        }
        return errors;
    }

    @Override
    protected void apply(ClaimInput input, Claim claim, References references) {
        claim.statement = input.statement();
        claim.study = references.find(Study.class, input.studyId(), "studyId");
        claim.risk = references.find(Risk.class, input.riskId(), "riskId");
        claim.verdict = input.verdict();
        claim.note = input.note();
        claim.evidence.clear();
        for (int i = 0; i < input.evidenceStudyIds().size(); i++) {
            Study study = references.find(Study.class, input.evidenceStudyIds().get(i), "evidenceStudyIds[" + i + "]");
            if (study != null) {
                claim.evidence.add(study);
            }
        }
        claim.source = references.find(Source.class, input.sourceId(), "sourceId");
        claim.reviewedOn = input.reviewedOn();
    }

    private static Claim createClaim(String id) {
        Claim claim = new Claim();
        claim.id = id;
        return claim;
    }
}
