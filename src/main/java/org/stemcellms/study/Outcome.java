package org.stemcellms.study;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "What a finding measures. The first six are the article's words; the rest name the endpoints primary "
        + "publications report: no evidence of disease activity (NEDA), event-, progression- and relapse-free survival, treatment "
        + "failure, EDSS improvement or change, MRI activity, transplant-related mortality, deaths, overall survival, adverse events.")
public enum Outcome {
    DISEASE_PROGRESSION,
    NO_NEW_RELAPSES_OR_MRI_LESIONS,
    REGAINED_FUNCTION,
    PROGRESSION_SLOWED_OR_HALTED,
    QUALITY_OF_LIFE_AND_FATIGUE,
    LONG_TERM_REMISSION,
    NO_EVIDENCE_OF_DISEASE_ACTIVITY,
    EVENT_FREE_SURVIVAL,
    PROGRESSION_FREE_SURVIVAL,
    RELAPSE_FREE_SURVIVAL,
    TREATMENT_FAILURE,
    EDSS_IMPROVEMENT,
    EDSS_CHANGE,
    MRI_ACTIVITY,
    TRANSPLANT_RELATED_MORTALITY,
    DEATHS,
    OVERALL_SURVIVAL,
    ADVERSE_EVENTS
}
