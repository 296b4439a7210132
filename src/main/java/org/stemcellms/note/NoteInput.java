package org.stemcellms.note;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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

@Schema(name = "NoteInput", description = "The write form of a note: the body of POST and PUT.")
@ReadForm(NoteView.class)
public record NoteInput(
        @Schema(required = true, description = "Stable slug; required; to replace, it must be the id in the path.",
                example = "vet-the-clinic")
        @Pattern(regexp = Inputs.SLUG, message = Inputs.SLUG_MESSAGE) @Size(max = 100)
        String id,
        @Schema(required = true)
        @NotNull
        NoteCategory category,
        @Schema(required = true, description = "Order within the category; unique there.", example = "3")
        @NotNull @Min(1) @Max(10000)
        Integer position,
        @Schema(required = true, example = "Vet the clinic before committing")
        @NotBlank @Size(max = Inputs.NAME)
        String title,
        @Schema(required = true)
        @NotBlank @Size(max = Inputs.TEXT)
        String text,
        @Schema(description = "Code of the existing therapy the note is about, if one.", example = "HSCT")
        @Pattern(regexp = Inputs.CODE, message = Inputs.CODE_MESSAGE)
        String therapyCode,
        @Schema(required = true, description = "The id of the source the record comes from.", example = "article")
        @NotNull @Pattern(regexp = Inputs.SLUG, message = Inputs.SLUG_MESSAGE)
        String sourceId,
        @Schema(required = true, description = "Date the record was last reviewed against its source; not in the future.",
                example = "2026-11-24")
        @NotNull @PastOrPresent @Since("1900-01-01")
        LocalDate reviewedOn,
        @Schema(required = true, description = "For each factual field that has a value, the ids of the sources that state it. Every factual field given a value must be cited; "
                + "`sourceId`, `reviewedOn`, `position` and the id are not facts.", example = "{\"name\": [\"article\"]}")
        @NotNull
        Map<String, List<String>> citations) implements ContentInput, Cited {

    public static NoteInput from(Note note) {
        return new NoteInput(note.id, note.category, note.position, note.title, note.text,
                note.therapy == null ? null : note.therapy.code, note.source.id, note.reviewedOn, note.citationsByField());
    }
}
