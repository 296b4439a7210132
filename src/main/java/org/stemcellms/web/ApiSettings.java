package org.stemcellms.web;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The service's own settings (prefix {@code stemcellms}). */
@ConfigMapping(prefix = "stemcellms")
public interface ApiSettings {

    /** The largest request body accepted; larger ones are refused with a 413 problem. */
    @WithDefault("1M")
    MemorySize maxBodySize();
}
