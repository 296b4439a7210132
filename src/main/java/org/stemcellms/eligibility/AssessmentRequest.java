package org.stemcellms.eligibility;

import java.math.BigDecimal;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.stemcellms.editing.StrictInput;

/** What a person says about their MS: every field optional, and an absent or UNKNOWN one counts as unknown, never guessed. */
@Schema(name = "AssessmentRequest", description = "A situation to check against the published criteria. Every field is optional; "
        + "an absent field or UNKNOWN is unknown. Nothing sent is stored or logged.")
public record AssessmentRequest(
        @Schema(description = "The type of MS.", enumeration = { "RRMS", "SPMS", "PPMS", "CIS", "UNKNOWN" }, example = "RRMS")
        String msType,
        @Schema(type = SchemaType.NUMBER, description = "EDSS score, 0 to 10 in steps of 0.5.", minimum = "0", maximum = "10",
                multipleOf = 0.5, example = "3.0")
        BigDecimal edssScore,
        @Schema(type = SchemaType.NUMBER, description = "Years since the diagnosis, 0 or more.", minimum = "0", maximum = "100",
                example = "4")
        BigDecimal yearsSinceDiagnosis,
        @Schema(type = SchemaType.NUMBER, description = "Age in whole years, 0 to 120; read against centres' and trials' age bounds.",
                minimum = "0", maximum = "120", multipleOf = 1, example = "38")
        BigDecimal age,
        @Schema(description = "How MS has responded to disease-modifying therapies (DMTs).",
                enumeration = { "GOOD", "POOR", "NONE_TRIED", "UNKNOWN" }, example = "POOR")
        String dmtResponse,
        @Schema(description = "Relapses or new MRI lesions in the last year.", enumeration = { "YES", "NO", "UNKNOWN" }, example = "YES")
        String recentActivity,
        @Schema(description = "Significant other illnesses (comorbidities).", enumeration = { "YES", "NO", "UNKNOWN" }, example = "NO")
        String comorbidities) implements StrictInput {

    public static final AssessmentRequest ALL_UNKNOWN = new AssessmentRequest(null, null, null, null, null, null, null);
}
