package org.stemcellms.therapy;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "How established a therapy is: MOST_STUDIED (the most studied method) or EXPERIMENTAL (still considered experimental in MS).")
public enum EvidenceLevel {
    MOST_STUDIED,
    EXPERIMENTAL
}
