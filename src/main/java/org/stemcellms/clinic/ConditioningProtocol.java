package org.stemcellms.clinic;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A conditioning protocol: cyclophosphamide with anti-thymocyte globulin (CY_ATG) or with rituximab "
        + "(CY_RITUXIMAB), BEAM with ATG, or busulfan- or fludarabine-based.")
public enum ConditioningProtocol {
    CY_ATG,
    CY_RITUXIMAB,
    BEAM_ATG,
    BUSULFAN_BASED,
    FLUDARABINE_BASED
}
