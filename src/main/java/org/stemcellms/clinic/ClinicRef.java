package org.stemcellms.clinic;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A clinic as other records refer to it. */
@Schema(name = "ClinicRef", description = "A treatment centre, by id and name; `/api/v1/clinics/{id}` has the rest.")
public record ClinicRef(
        @Schema(required = true, example = "clinica-ruiz") String id,
        @Schema(required = true, example = "Clinica Ruiz") String name) {

    public static ClinicRef from(Clinic clinic) {
        return clinic == null ? null : new ClinicRef(clinic.id, clinic.name);
    }
}
