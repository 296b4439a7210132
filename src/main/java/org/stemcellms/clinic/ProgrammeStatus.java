package org.stemcellms.clinic;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Whether the centre's HSCT programme for MS takes patients (ACTIVE), has closed, or treats only within a trial.")
public enum ProgrammeStatus {
    ACTIVE,
    CLOSED,
    TRIAL_ONLY
}
