package org.stemcellms.change;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonRawValue;

@Schema(name = "Change", description = "One successful write in the audit trail. `before` and `after` are the record as a PUT "
        + "body (its write form), so any earlier state can be restored by sending `before` back.")
public record ChangeView(
        @Schema(required = true, description = "Sequence number of the change.", example = "42")
        long id,
        @Schema(required = true, description = "When the write was committed.", example = "2026-11-24T16:45:00Z")
        Instant occurredAt,
        @Schema(required = true, description = "The subject (`sub`) of the token that made the write.", example = "editor-ana")
        String author,
        @Schema(required = true, description = "The collection of the record, as in its path.", example = "clinics")
        String resource,
        @Schema(required = true, description = "The record's id.", example = "clinica-ruiz")
        String resourceId,
        @Schema(required = true)
        ChangeAction action,
        @Schema(type = SchemaType.OBJECT, description = "The record before the write; absent for CREATE.")
        @JsonRawValue
        String before,
        @Schema(type = SchemaType.OBJECT, description = "The record after the write; absent for DELETE.")
        @JsonRawValue
        String after) {

    public static ChangeView from(Change change) {
        return new ChangeView(change.id, change.occurredAt, change.author, change.resource, change.resourceId, change.action,
                change.before, change.after);
    }
}
