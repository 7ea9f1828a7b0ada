package org.salestrack.ingest.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.ss.util.CellRangeAddress;
import org.junit.jupiter.api.Test;

class SheetMergedRegionsTest {
    private static List<String> scan(String xml) throws Exception {
        return SheetMergedRegions.scan(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)))
                .stream().map(CellRangeAddress::formatAsString).toList();
    }

    @Test
    void readsTheRegionsAfterTheRowsWithOrWithoutANamespacePrefix() throws Exception {
        assertThat(scan("<worksheet><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>mergeCell ref=\"Z1:Z9\"</t></is></c></row>"
                + "</sheetData><mergeCells count=\"2\"><mergeCell ref=\"A3:A4\"/><mergeCell  ref='B3:C3' /></mergeCells></worksheet>"))
                .containsExactly("A3:A4", "B3:C3");
        assertThat(scan("<x:worksheet><x:mergeCells><x:mergeCell ref=\"D3:H3\"/></x:mergeCells></x:worksheet>")).containsExactly("D3:H3");
    }

    @Test
    void aRegionSplitAcrossTwoReadsIsStillFound() throws Exception {
        String xml = "<sheetData/>" + " ".repeat((1 << 16) - 16) + "<mergeCell ref=\"I3:J3\"/>";
        assertThat(scan(xml)).containsExactly("I3:J3");
    }

    @Test
    void aBrokenTagIsLeftOut() throws Exception {
        assertThat(scan("<mergeCell ref=\"not a range\"/><mergeCell/><mergeCell ref=\"A1:B2\"")).isEmpty();
    }
}
