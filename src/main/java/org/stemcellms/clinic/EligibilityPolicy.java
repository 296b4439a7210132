package org.stemcellms.clinic;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "How strictly a centre applies eligibility criteria, where the sources say.")
public enum EligibilityPolicy {
    LIBERAL,
    STANDARD,
    STRICT
}
