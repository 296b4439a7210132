package org.stemcellms.clinic;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A type of MS a centre accepts: relapsing-remitting, secondary or primary progressive, or progressive-relapsing "
        + "(PRMS, an older category some centres' pages still use).")
public enum MsType {
    RRMS,
    SPMS,
    PPMS,
    PRMS
}
