package org.stemcellms.change;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "What a write did to a record.")
public enum ChangeAction {
    CREATE,
    UPDATE,
    DELETE
}
