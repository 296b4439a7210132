package org.stemcellms.cost;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Where the price applies: within a CLINICAL_TRIAL or at a TREATMENT_CENTRE.")
public enum CostSetting {
    CLINICAL_TRIAL,
    TREATMENT_CENTRE
}
