package org.stemcellms.faq;

import java.util.List;
import java.util.Map;

import java.time.Instant;
import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.stemcellms.source.SourceRef;
import org.stemcellms.therapy.TherapyRef;

@Schema(name = "Faq", description = "A frequently asked question and the source's answer.")
public record FaqView(
        @Schema(required = true, description = "Stable slug, the question's id.", example = "is-hsct-a-cure")
        String id,
        @Schema(required = true, description = "Order in the source's list, from 1.", example = "1")
        int position,
        @Schema(required = true, example = "Is HSCT a cure for MS?")
        String question,
        @Schema(required = true)
        String answer,
        @Schema(description = "The therapy the question is about, if one.")
        TherapyRef therapy,
        @Schema(description = "The write form of `therapy`: the therapy's code, as POST, PUT and PATCH take it. Absent when the reference is.", example = "HSCT")
        String therapyCode,
        @Schema(required = true)
        SourceRef source,
        @Schema(required = true, description = "The write form of `source`: the source's id, as POST, PUT and PATCH take it.", example = "article")
        String sourceId,
        @Schema(required = true, description = "For each factual field that has a value, the ids of the sources that state it. A write takes them back as they are.",
                example = "{\"name\": [\"article\"]}")
        Map<String, List<String>> citations,
        @Schema(required = true, description = "Date the record was last reviewed against its source.", example = "2026-11-24")
        LocalDate reviewedOn,
        @Schema(required = true, description = "When the record was created.", example = "2026-11-24T16:00:00Z")
        Instant createdAt,
        @Schema(required = true, description = "When the record was last changed.", example = "2026-11-24T16:00:00Z")
        Instant updatedAt) {

    public static FaqView from(Faq faq) {
        return new FaqView(faq.id, faq.position, faq.question, faq.answer, TherapyRef.from(faq.therapy), faq.therapy == null ? null : faq.therapy.code, SourceRef.from(faq.source), faq.source.id, faq.citationsByField(),
                faq.reviewedOn, faq.createdAt, faq.updatedAt);
    }
}
