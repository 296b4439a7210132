package org.stemcellms.study;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The unit of a finding's figure.")
public enum ValueUnit {
    PERCENT_OF_PATIENTS,
    YEARS
}
