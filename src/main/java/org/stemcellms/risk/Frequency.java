package org.stemcellms.risk;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "How often a risk occurs, in words, where the source says.")
public enum Frequency {
    COMMON,
    UNCOMMON,
    RARE
}
