package org.stemcellms.therapy;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A therapy as other records refer to it. */
@Schema(name = "TherapyRef", description = "A therapy, by code and name; `/api/v1/therapies/{code}` has the rest.")
public record TherapyRef(
        @Schema(required = true, example = "HSCT") String code,
        @Schema(required = true, example = "Hematopoietic Stem Cell Transplant") String name) {

    public static TherapyRef from(Therapy therapy) {
        return therapy == null ? null : new TherapyRef(therapy.code, therapy.name);
    }
}
