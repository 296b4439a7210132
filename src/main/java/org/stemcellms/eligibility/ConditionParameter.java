package org.stemcellms.eligibility;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "What a condition tests. MS_TYPE takes RRMS, SPMS, PPMS or CIS; DISEASE_ACTIVITY takes HIGH; "
        + "DMT_RESPONSE takes GOOD or POOR; YEARS_SINCE_DIAGNOSIS and EDSS_SCORE are numbers; LONG_STANDING_DISABILITY and "
        + "COMORBIDITIES take YES or NO.")
public enum ConditionParameter {
    MS_TYPE,
    DISEASE_ACTIVITY,
    DMT_RESPONSE,
    YEARS_SINCE_DIAGNOSIS,
    EDSS_SCORE,
    LONG_STANDING_DISABILITY,
    COMORBIDITIES
}
