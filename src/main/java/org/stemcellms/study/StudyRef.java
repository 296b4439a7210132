package org.stemcellms.study;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A study as other records refer to it. */
@Schema(name = "StudyRef", description = "A study, by id, title and year; `/api/v1/studies/{id}` has its findings.")
public record StudyRef(
        @Schema(required = true, example = "mist") String id,
        @Schema(required = true, example = "Effect of Nonmyeloablative Hematopoietic Stem Cell Transplantation vs Continued "
                + "Disease-Modifying Therapy on Disease Progression in Patients With Relapsing-Remitting Multiple Sclerosis") String title,
        @Schema(example = "MIST") String shortName,
        @Schema(example = "2019") Integer year) {

    public static StudyRef from(Study study) {
        return study == null ? null : new StudyRef(study.id, study.title, study.shortName, study.publishedYear);
    }
}
