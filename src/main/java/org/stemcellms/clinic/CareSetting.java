package org.stemcellms.clinic;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Whether the transplant is given to inpatients or outpatients.")
public enum CareSetting {
    INPATIENT,
    OUTPATIENT
}
