package org.stemcellms.country;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "How HSCT is accessed in a country: SELECT_TRIALS_OR_AGGRESSIVE_MS (only in select clinical trials or "
        + "for very aggressive MS), MEDICAL_TOURISM (treatment centres popular with medical tourists), "
        + "EXPERIENCED_AFFORDABLE_PACKAGES (experienced teams, relatively affordable packages), "
        + "STRICT_TRIALS_OR_RAPIDLY_ADVANCING_MS (strict trial settings or rapidly advancing MS).")
public enum HsctAccess {
    SELECT_TRIALS_OR_AGGRESSIVE_MS,
    MEDICAL_TOURISM,
    EXPERIENCED_AFFORDABLE_PACKAGES,
    STRICT_TRIALS_OR_RAPIDLY_ADVANCING_MS
}
