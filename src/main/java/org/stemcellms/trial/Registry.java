package org.stemcellms.trial;

import java.util.regex.Pattern;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The register an identifier belongs to: ClinicalTrials.gov (NCT01234567), ISRCTN (ISRCTN12345678), the EU "
        + "Clinical Trials Register (EudraCT 2020-000979-21), the UK's Integrated Research Application System (IRAS 1004366), or "
        + "another (a sponsor's protocol number).")
public enum Registry {
    NCT("NCT[0-9]{8}"),
    ISRCTN("ISRCTN[0-9]{8}"),
    EUDRACT("[0-9]{4}-[0-9]{6}-[0-9]{2}"),
    IRAS("[0-9]{4,8}"),
    OTHER("\\S(.*\\S)?");

    private final Pattern format;

    Registry(String format) {
        this.format = Pattern.compile(format);
    }

    public boolean accepts(String value) {
        return value != null && format.matcher(value).matches();
    }

    public String format() {
        return format.pattern();
    }
}
