package org.stemcellms.therapy;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Where a therapy's cells come from.")
public enum CellSource {
    BONE_MARROW,
    BLOOD,
    FAT_TISSUE
}
