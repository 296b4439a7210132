package org.stemcellms.trial;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Who does not know the assigned treatment, as a registry counts them: NONE (open label), SINGLE (e.g. the outcomes "
        + "assessor), DOUBLE, TRIPLE or QUADRUPLE.")
public enum Masking {
    NONE,
    SINGLE,
    DOUBLE,
    TRIPLE,
    QUADRUPLE
}
