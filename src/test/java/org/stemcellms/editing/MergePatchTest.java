package org.stemcellms.editing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** JSON Merge Patch as RFC 7396 appendix A gives its examples: plain logic, no Quarkus. */
class MergePatchTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode json(String text) throws Exception {
        return JSON.readTree(text.replace('\'', '"'));
    }

    @ParameterizedTest(name = "{0} patched with {1} is {2}")
    @CsvSource(delimiter = '|', value = {
            "{'a':'b'}                 | {'a':'c'}            | {'a':'c'}",
            "{'a':'b'}                 | {'b':'c'}            | {'a':'b','b':'c'}",
            "{'a':'b'}                 | {'a':null}           | {}",
            "{'a':'b','b':'c'}         | {'a':null}           | {'b':'c'}",
            "{'a':['b']}               | {'a':'c'}            | {'a':'c'}",
            "{'a':'c'}                 | {'a':['b']}          | {'a':['b']}",
            "{'a':{'b':'c'}}           | {'a':{'b':'d','c':null}} | {'a':{'b':'d'}}",
            "{'a':[{'b':'c'}]}         | {'a':[1]}            | {'a':[1]}",
            "['a','b']                 | ['c','d']            | ['c','d']",
            "{'a':'b'}                 | ['c']                | ['c']",
            "{'e':null}                | {'a':1}              | {'e':null,'a':1}",
            "[1,2]                     | {'a':'b','c':null}   | {'a':'b'}",
            "{}                        | {'a':{'bb':{'ccc':null}}} | {'a':{'bb':{}}}" })
    void shouldFollowTheRfcExamples(String target, String patch, String result) throws Exception {
        assertEquals(json(result), MergePatch.apply(json(target), json(patch)));
    }

    @Test
    void shouldLeaveTheTargetUntouched() throws Exception {
        JsonNode target = json("{'a':{'b':'c'}}");
        MergePatch.apply(target, json("{'a':{'b':null}}"));
        assertEquals(json("{'a':{'b':'c'}}"), target);
    }
}
