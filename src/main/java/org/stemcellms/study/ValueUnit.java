package org.stemcellms.study;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The unit of a finding's figure: a percentage of patients (0 to 100), years, a number of patients, a hazard "
        + "ratio, a rate ratio, or EDSS points.")
public enum ValueUnit {
    PERCENT_OF_PATIENTS,
    YEARS,
    PATIENTS,
    HAZARD_RATIO,
    RATE_RATIO,
    EDSS_POINTS
}
