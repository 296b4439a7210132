package org.stemcellms.note;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "What a note is about.")
public enum NoteCategory {
    BACKGROUND,
    AVAILABILITY,
    EVALUATION,
    COST,
    RISK,
    OUTCOMES,
    PATIENT_EXPERIENCE,
    EMOTIONAL_HEALTH,
    FUTURE_DIRECTIONS,
    CONCLUSION
}
