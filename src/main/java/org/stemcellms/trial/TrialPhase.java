package org.stemcellms.trial;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The phase a registry gives; PHASE_1_2 and PHASE_2_3 are combined phases, NOT_APPLICABLE is the registries' "
        + "\"N/A\" (e.g. a study of a procedure).")
public enum TrialPhase {
    EARLY_PHASE_1,
    PHASE_1,
    PHASE_1_2,
    PHASE_2,
    PHASE_2_3,
    PHASE_3,
    PHASE_4,
    NOT_APPLICABLE
}
