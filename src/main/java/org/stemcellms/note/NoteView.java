package org.stemcellms.note;

import java.util.List;
import java.util.Map;

import java.time.Instant;
import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.stemcellms.source.SourceRef;
import org.stemcellms.therapy.TherapyRef;

@Schema(name = "Note", description = "A statement from a source that belongs to no more specific resource: background on MS, "
        + "advice before committing to treatment, emotional health, patient experience, future directions.")
public record NoteView(
        @Schema(required = true, description = "Stable slug, the note's id.", example = "vet-the-clinic")
        String id,
        @Schema(required = true)
        NoteCategory category,
        @Schema(required = true, description = "Order within its category, from 1.", example = "3")
        int position,
        @Schema(required = true, example = "Vet the clinic before committing")
        String title,
        @Schema(required = true)
        String text,
        @Schema(description = "The therapy the note is about, if one.")
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

    public static NoteView from(Note note) {
        return new NoteView(note.id, note.category, note.position, note.title, note.text, TherapyRef.from(note.therapy), note.therapy == null ? null : note.therapy.code,
                SourceRef.from(note.source), note.source.id, note.citationsByField(), note.reviewedOn, note.createdAt, note.updatedAt);
    }
}
