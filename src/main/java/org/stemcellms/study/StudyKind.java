package org.stemcellms.study;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "CLINICAL_TRIAL: a trial with reported results; PUBLICATION: a cited paper whose findings the source does "
        + "not report; EVIDENCE_SUMMARY: findings the source reports from studies it does not name.")
public enum StudyKind {
    CLINICAL_TRIAL,
    PUBLICATION,
    EVIDENCE_SUMMARY
}
