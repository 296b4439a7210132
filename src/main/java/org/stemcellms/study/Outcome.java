package org.stemcellms.study;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "What a finding measures.")
public enum Outcome {
    DISEASE_PROGRESSION,
    NO_NEW_RELAPSES_OR_MRI_LESIONS,
    REGAINED_FUNCTION,
    PROGRESSION_SLOWED_OR_HALTED,
    QUALITY_OF_LIFE_AND_FATIGUE,
    LONG_TERM_REMISSION
}
