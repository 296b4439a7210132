package org.stemcellms.risk;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "How severe a risk is, where the source says.")
public enum Severity {
    MILD,
    MODERATE,
    SERIOUS,
    FATAL
}
