package org.stemcellms.clinic;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The intensity of conditioning, as a source names it.")
public enum Intensity {
    NON_MYELOABLATIVE,
    INTERMEDIATE,
    MYELOABLATIVE
}
