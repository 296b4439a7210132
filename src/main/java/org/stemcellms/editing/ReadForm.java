package org.stemcellms.editing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names the read representation of a write form, so that a client may send back what it read (GET, change a
 * field, PUT): the read form's properties that the write form lacks (timestamps, expanded references, derived
 * figures) are read-only and ignored by {@link InputBinder}; any other unknown property is still an error.
 * The OpenAPI document marks them {@code readOnly} in both schemas.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface ReadForm {

    Class<? extends Record> value();
}
