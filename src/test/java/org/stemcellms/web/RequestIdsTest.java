package org.stemcellms.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** New request ids are random version 4 UUIDs in their usual form, and do not repeat. Plain JUnit, no Quarkus. */
class RequestIdsTest {

    @Test
    void shouldMakeRandomVersion4Uuids() {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String id = RequestIds.newId();
            UUID parsed = UUID.fromString(id);
            assertEquals(4, parsed.version(), id);
            assertEquals(2, parsed.variant(), id);
            assertEquals(parsed.toString(), id);
            ids.add(id);
        }
        assertEquals(10_000, ids.size());
    }
}
