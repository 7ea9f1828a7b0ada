package org.salestrack.ingest.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTableReaderTest {

    @Test
    void quotesDelimitersAndLineBreaksFollowRfc4180() throws IOException {
        List<List<String>> rows = read("a,\"b,c\",\"say \"\"hi\"\"\"\r\n\"two\nlines\",x\"y,z\n,,\n");

        assertThat(rows).containsExactly(List.of("a", "b,c", "say \"hi\""), List.of("two\nlines", "x\"y", "z"), List.of("", "", ""));
    }

    @Test
    void unquotedCellsLoseSurroundingSpacesIncludingTheIdeographicOneButQuotedCellsKeepThem() throws IOException {
        List<List<String>> rows = read(" 深圳 ,\t5,999.00\u3000,\" kept \",中 文\n");

        assertThat(rows).containsExactly(List.of("深圳", "5", "999.00", " kept ", "中 文"));
    }

    @Test
    void cellsThatCrossTheReadBufferComeOutWhole() throws IOException {
        StringBuilder csv = new StringBuilder();
        List<List<String>> expected = new ArrayList<>();
        // rows of varying width so that cells straddle every position of the 64k buffer's end
        for (int i = 0; i < 20_000; i++) {
            String id = "订单-" + i + "-" + "x".repeat(i % 17);
            String amount = (i * 37 % 100_000) + ".5";
            csv.append(id).append(',').append(amount).append(",门店").append(i % 300).append('\n');
            expected.add(List.of(id, amount, "门店" + (i % 300)));
        }
        CsvTableReader r = new CsvTableReader(new StringReader(csv.toString()), ',', null);

        List<List<String>> rows = all(r);

        assertThat(rows).isEqualTo(expected);
    }

    private static List<List<String>> read(String csv) throws IOException {
        return all(new CsvTableReader(new StringReader(csv), ',', null));
    }

    private static List<List<String>> all(CsvTableReader r) throws IOException {
        List<List<String>> out = new ArrayList<>();
        for (List<String> row = r.next(); row != null; row = r.next()) out.add(row);
        return out;
    }
}
