package org.stemcellms.web.representation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;

import jakarta.ws.rs.core.MediaType;

import org.junit.jupiter.api.Test;

/** The negotiation rules of RFC 9110 section 12.5.1, without a server. */
class ContentNegotiationRulesTest {

    private static final MediaType JSON = MediaType.APPLICATION_JSON_TYPE;
    private static final MediaType CSV = MediaType.valueOf("text/csv");
    private static final MediaType HTML = MediaType.valueOf("text/html;charset=UTF-8");
    private static final List<MediaType> LIST = List.of(JSON, CSV);

    @Test
    void shouldGiveTheFirstOfferedTypeToWildcardsAndToNoAccept() {
        assertEquals(Optional.of(JSON), ContentNegotiation.choose(null, LIST));
        assertEquals(Optional.of(JSON), ContentNegotiation.choose(" ", LIST));
        assertEquals(Optional.of(JSON), ContentNegotiation.choose("*/*", LIST));
        assertEquals(Optional.of(JSON), ContentNegotiation.choose("application/*", LIST));
        assertEquals(Optional.of(HTML), ContentNegotiation.choose("*/*", List.of(HTML)));
    }

    @Test
    void shouldMatchTypeWildcardsOnlyWithinTheirType() {
        assertEquals(Optional.of(CSV), ContentNegotiation.choose("text/*", LIST));
        assertEquals(Optional.empty(), ContentNegotiation.choose("text/*", List.of(JSON)));
        assertEquals(Optional.empty(), ContentNegotiation.choose("application/*", List.of(HTML)));
    }

    @Test
    void shouldPreferTheHighestQAndExcludeQZero() {
        assertEquals(Optional.of(CSV), ContentNegotiation.choose("application/json;q=0, text/csv", LIST));
        assertEquals(Optional.of(CSV), ContentNegotiation.choose("application/json;q=0.5, text/csv;q=0.9", LIST));
        assertEquals(Optional.of(JSON), ContentNegotiation.choose("application/json;q=0.9, text/csv;q=0.5", LIST));
        assertEquals(Optional.empty(), ContentNegotiation.choose("*/*;q=0", LIST));
    }

    @Test
    void shouldLetTheMostSpecificRangeDecideAType() {
        // */* accepts anything, but the more specific range says JSON is not wanted
        assertEquals(Optional.of(CSV), ContentNegotiation.choose("*/*, application/json;q=0", LIST));
        assertEquals(Optional.empty(), ContentNegotiation.choose("*/*;q=0.8, application/json;q=0", List.of(JSON)));
        assertEquals(Optional.of(JSON), ContentNegotiation.choose("text/*;q=0.2, */*;q=0.5", LIST));
    }

    @Test
    void shouldIgnoreRangesThatDoNotParseAndAcceptNothingWhenNoneDoes() {
        assertEquals(Optional.empty(), ContentNegotiation.choose("garbage", LIST));
        assertEquals(Optional.empty(), ContentNegotiation.choose("image/png", LIST));
        assertEquals(Optional.of(CSV), ContentNegotiation.choose("garbage, text/csv", LIST));
        assertEquals(Optional.of(JSON), ContentNegotiation.choose("application/json;q=2x, application/json", List.of(JSON)));
        assertEquals(Optional.empty(), ContentNegotiation.choose("*/json", LIST));
    }
}
