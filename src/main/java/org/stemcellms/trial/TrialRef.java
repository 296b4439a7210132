package org.stemcellms.trial;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A trial as other answers refer to it. */
@Schema(name = "TrialRef", description = "A trial, by id, acronym and title; `/api/v1/trials/{id}` has the rest.")
public record TrialRef(
        @Schema(required = true, example = "beat-ms") String id,
        @Schema(example = "BEAT-MS") String acronym,
        @Schema(required = true, example = "Best Available Therapy Versus Autologous Hematopoetic Stem Cell Transplant for Multiple Sclerosis (BEAT-MS)")
        String title) {

    public static TrialRef from(Trial trial) {
        return trial == null ? null : new TrialRef(trial.id, trial.acronym, trial.title);
    }
}
