package org.stemcellms.clinic;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "How a centre gives access to treatment: as a specialised TREATMENT_CENTRE, or only within clinical trials "
        + "(CLINICAL_TRIAL_SITE).")
public enum AccessModel {
    TREATMENT_CENTRE,
    CLINICAL_TRIAL_SITE
}
