package org.stemcellms.study;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "How `followUpYears` is meant: AT that time point (\"at 5 years\"), the MEDIAN or MEAN follow-up of the "
        + "patients, or UP_TO that long.")
public enum FollowUpMeasure {
    AT,
    MEDIAN,
    MEAN,
    UP_TO
}
