package org.stemcellms.web.representation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** CSV cells: RFC 4180 quoting, and what a spreadsheet would evaluate neutralised; plain logic, no Quarkus. */
class CsvCellTest {

    @ParameterizedTest(name = "[{0}] is written [{1}]")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "plain                 | plain",
            "`a, b`                | `\"a, b\"`",
            "`say \"hi\"`          | `\"say \"\"hi\"\"\"`",
            "=1+2                  | '=1+2",
            "+SUM(A1)              | '+SUM(A1)",
            "@cmd                  | '@cmd",
            "`-2+3`                | '-2+3",
            "-12.5                 | -12.5",
            "`=HYPERLINK(\"x\",1)` | `\"'=HYPERLINK(\"\"x\"\",1)\"`" })
    void shouldQuoteAndGuard(String text, String written) {
        assertEquals(written, CsvWriter.cell(text));
    }
}
