package org.stemcellms.risk;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "What kind of risk it is.")
public enum RiskCategory {
    CHEMOTHERAPY_SIDE_EFFECT,
    INFECTION,
    FERTILITY,
    SERIOUS_COMPLICATION,
    MORTALITY
}
