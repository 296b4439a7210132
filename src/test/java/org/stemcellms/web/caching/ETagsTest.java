package org.stemcellms.web.caching;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.stemcellms.web.problem.ApiException;

/** Item ETags and the If-Match precondition: plain logic, no Quarkus. */
class ETagsTest {

    private static final Instant CREATED = Instant.parse("2026-11-24T16:00:00.123456Z");

    private static int status(String ifMatch, long version) {
        return assertThrows(ApiException.class, () -> ETags.requireMatch(ifMatch, version, CREATED)).status();
    }

    @Test
    void shouldTagTheVersionAndTheCreationSoARecreatedRecordNeverReusesATag() {
        assertEquals(ETags.of(3, CREATED), ETags.of(3, CREATED));
        assertNotEquals(ETags.of(3, CREATED), ETags.of(4, CREATED));
        assertNotEquals(ETags.of(3, CREATED), ETags.of(3, CREATED.plusNanos(1000)));
        assertEquals('"', ETags.of(3, CREATED).charAt(0));
    }

    @Test
    void shouldRequireIfMatchAndRefuseTheWildcard() {
        assertEquals(428, status(null, 3));
        assertEquals(428, status(" ", 3));
        assertEquals(428, status("*", 3));
    }

    @Test
    void shouldMatchTheCurrentStrongTagAloneInAListOrWithARepresentationPart() {
        String tag = ETags.of(3, CREATED);
        String token = tag.substring(1, tag.length() - 1);
        assertDoesNotThrow(() -> ETags.requireMatch(tag, 3, CREATED));
        assertDoesNotThrow(() -> ETags.requireMatch("\"other\", " + tag, 3, CREATED));
        assertDoesNotThrow(() -> ETags.requireMatch("\"" + token + ".x7Kp2\"", 3, CREATED), "a GET's ETag of the same version");
    }

    @Test
    void shouldRefuseAnOldAWeakOrAMalformedTag() {
        String old = ETags.of(2, CREATED);
        assertEquals(412, status(old, 3));
        assertEquals(412, status("W/" + ETags.of(3, CREATED), 3), "If-Match compares strongly");
        assertEquals(412, status(ETags.of(3, CREATED).replace("\"", ""), 3), "an unquoted tag is no tag");
        String token = ETags.of(3, CREATED).replace("\"", "");
        assertEquals(412, status("\"" + token + "9\"", 3), "a prefix of another version is not a match");
    }

    @Test
    void shouldPutTheRepresentationAfterTheItemAndCompareListsStronglyOrWeakly() {
        String item = ETags.of(3, CREATED);
        String representation = ETags.withRepresentation(item, "x7Kp2");
        assertEquals(item.substring(0, item.length() - 1) + ".x7Kp2\"", representation);
        assertEquals("\"x7Kp2\"", ETags.withRepresentation(null, "x7Kp2"), "a list has no item part");
        assertDoesNotThrow(() -> ETags.requireMatch(representation, 3, CREATED), "a write takes the ETag its GET gave");
        assertEquals(true, ETags.strongMatch("\"a\", " + representation, representation));
        assertEquals(false, ETags.strongMatch("W/" + representation, representation));
        assertEquals(true, ETags.weakMatch("W/" + representation, representation));
        assertEquals(false, ETags.weakMatch("\"other\"", representation));
        assertEquals(representation, ETags.naming("\"other\", W/" + representation, "x7Kp2"), "found by its representation part");
        assertEquals(null, ETags.naming("\"other\"", "x7Kp2"));
    }
}
