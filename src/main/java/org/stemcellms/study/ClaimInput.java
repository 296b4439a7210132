package org.stemcellms.study;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.stemcellms.editing.Cited;
import org.stemcellms.editing.ContentInput;
import org.stemcellms.editing.Inputs;
import org.stemcellms.editing.ReadForm;
import org.stemcellms.editing.Since;

@Schema(name = "ClaimInput", description = "The write form of a claim: the body of POST and PUT. `sourceId` is who makes the claim; "
        + "the evidence is the studies whose own publications give the primary figures.")
@ReadForm(ClaimView.class)
public record ClaimInput(
        @Schema(required = true, description = "Stable slug; required; to replace, it must be the id in the path.", example = "mist-69-percent")
        @Pattern(regexp = Inputs.SLUG, message = Inputs.SLUG_MESSAGE) @Size(max = 100)
        String id,
        @Schema(required = true, description = "The claim as its source makes it.",
                example = "No new relapses or MRI lesions in 69% of HSCT patients after 5 years.")
        @NotBlank @Size(max = Inputs.TEXT)
        String statement,
        @Schema(description = "Id of the study the claim is attributed to; a claim is about a study, a risk or both.", example = "mist")
        @Pattern(regexp = Inputs.SLUG, message = Inputs.SLUG_MESSAGE)
        String studyId,
        @Schema(description = "Id of the risk the claim gives a figure for.", example = "mortality")
        @Pattern(regexp = Inputs.SLUG, message = Inputs.SLUG_MESSAGE)
        String riskId,
        @Schema(required = true)
        @NotNull
        Verdict verdict,
        @Schema(required = true, description = "What the primary source says instead, and where the difference lies.")
        @NotBlank @Size(max = Inputs.TEXT)
        String note,
        @Schema(required = true, description = "Ids of the studies whose own figures are the evidence, in order; empty where none is known.",
                example = "[\"mist\"]")
        @NotNull @Size(max = Inputs.ITEMS)
        List<@NotNull @Pattern(regexp = Inputs.SLUG, message = Inputs.SLUG_MESSAGE) String> evidenceStudyIds,
        @Schema(required = true, description = "The id of the source that makes the claim.", example = "article")
        @NotNull @Pattern(regexp = Inputs.SLUG, message = Inputs.SLUG_MESSAGE)
        String sourceId,
        @Schema(required = true, description = "Date the claim was last checked; not in the future.", example = "2026-12-02")
        @NotNull @PastOrPresent @Since("1900-01-01")
        LocalDate reviewedOn,
        @Schema(required = true, description = "For each factual field that has a value, the ids of the sources that state it: the "
                + "statement and what it is about by the claiming source, the verdict and note by the primary sources. "
                + "`sourceId`, `reviewedOn` and the id are not facts.", example = "{\"statement\": [\"article\"]}")
        @NotNull
        Map<String, List<String>> citations) implements ContentInput, Cited {

    public static ClaimInput from(Claim claim) {
        return new ClaimInput(claim.id, claim.statement, claim.study == null ? null : claim.study.id,
                claim.risk == null ? null : claim.risk.id, claim.verdict, claim.note, claim.evidence.stream().map(s -> s.id).toList(),
                claim.source.id, claim.reviewedOn, claim.citationsByField());
    }
}
