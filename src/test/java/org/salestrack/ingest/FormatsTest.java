package org.salestrack.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.salestrack.ingest.profile.MappingProfile;
import org.salestrack.model.SummaryRow;

/** The file shapes DESIGN.md promises: encodings, delimiters, XLSX banners and merges, JSON. */
class FormatsTest {
    private static final String CSV = "receipt,line,time,store,sku,qty,amount,province,customer,phone\n"
            + "R1,1,2024-03-01 10:00:00,S01,P10,1,\"5,999.00\",广东省,张三,13800000001\n"
            + "R2,1,2024-03-02 10:00:00,S01,P10,2,¥11998,湖南,李四,13800000002\n";

    @TempDir
    Path tmp;
    IngestFixture fx;
    MappingProfile pos;

    @BeforeEach
    void setUp() {
        fx = new IngestFixture(tmp);
        pos = IngestFixture.profile("pos-profile.json");
    }

    @ParameterizedTest
    @ValueSource(strings = {"UTF-8", "UTF-8-BOM", "UTF-16LE-BOM", "UTF-16BE-BOM", "GB18030"})
    void readsEveryEncodingToTheSameTotals(String encoding) throws Exception {
        Path f = tmp.resolve("pos-" + encoding + ".csv");
        byte[] body;
        if (encoding.equals("UTF-8-BOM")) body = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, CSV.getBytes(StandardCharsets.UTF_8));
        else if (encoding.equals("UTF-16LE-BOM")) body = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, CSV.getBytes(StandardCharsets.UTF_16LE));
        else if (encoding.equals("UTF-16BE-BOM")) body = concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, CSV.getBytes(StandardCharsets.UTF_16BE));
        else body = CSV.getBytes(Charset.forName(encoding));
        Files.write(f, body);

        fx.importFile(f, pos);

        List<SummaryRow> byProvince = fx.by("province");
        assertThat(byProvince).extracting(r -> r.keys().get(0)).containsExactly("广东", "湖南");
        assertThat(fx.total().amount()).isEqualByComparingTo("17997.00");
    }

    @Test
    void readsWindows1252WhenTheProfileSaysSo() throws Exception {
        String csv = "receipt,line,time,store,sku,qty,amount,province,customer,phone\n"
                + "R1,1,2024-03-01 10:00:00,S01,P10,1,\"1.234,50\",Bayern,Jürgen Müller,\n";
        Path f = tmp.resolve("de.csv");
        Files.write(f, csv.getBytes(Charset.forName("windows-1252")));
        MappingProfile de = new MappingProfile("test-de", pos.kind(),
                new org.salestrack.ingest.profile.FormatSpec("csv", "windows-1252", ",", ',', 0, null), pos.fields());

        fx.importFile(f, de);

        assertThat(fx.total().amount()).isEqualByComparingTo("1234.50");
        assertThat(fx.by("province").get(0).keys()).containsExactly("Bayern");
    }

    @Test
    void detectsSemicolonsAndTabs() throws Exception {
        Path semi = tmp.resolve("semi.csv");
        Files.writeString(semi, CSV.replace(",\"5,999.00\",", ",5999.00,").replace(',', ';'));
        Path tab = tmp.resolve("tab.tsv");
        Files.writeString(tab, CSV.replace(",\"5,999.00\",", ",5999.00,").replace(',', '\t'));

        fx.importFile(semi, pos);
        assertThat(fx.total().amount()).isEqualByComparingTo("17997.00");
        fx.importFile(tab, pos);
        // the same order lines again: counted once
        assertThat(fx.total().amount()).isEqualByComparingTo("17997.00");
    }

    @Test
    void readsAnXlsxSheetBelowItsBannerWithMergedHeadersAndDateCells() throws Exception {
        Path f = XlsxFiles.bannerSheet(tmp.resolve("jd.xlsx"));

        ImportResult r = fx.importFile(f, IngestFixture.profile("jd-profile.json"));

        assertThat(r.read()).isEqualTo(3);
        assertThat(r.stored()).isEqualTo(3);
        List<SummaryRow> days = fx.by("day", "province");
        assertThat(days).extracting(d -> d.keys().get(0) + " " + d.keys().get(1))
                .containsExactly("2024-03-01 广东", "2024-03-02 四川", "2024-03-03 上海");
        assertThat(fx.total().amount()).isEqualByComparingTo("13896.50");
    }

    @Test
    void picksTheShippedOrSavedProfileFromTheHeader() throws Exception {
        fx.service.library().all();
        Path dir = tmp.resolve("profiles");
        Files.createDirectories(dir);
        Files.copy(IngestFixture.resource("jd-profile.json"), dir.resolve("jd.json"));
        IngestFixture withSaved = new IngestFixture(tmp);

        ImportResult r = withSaved.importFile(XlsxFiles.bannerSheet(tmp.resolve("jd.xlsx")), null);

        assertThat(r.profile()).isEqualTo("test-jd");
    }

    @Test
    void readsJsonArraysAndJsonLinesAlike() throws Exception {
        MappingProfile mall = IngestFixture.profile("mall-profile.json");
        Path lines = tmp.resolve("mall.jsonl");
        Files.writeString(lines, "{\"id\":\"M1\",\"paid\":\"2024-05-01T08:00:00\",\"item\":{\"sku\":\"P10\",\"n\":1},\"pay\":\"5999\",\"addr\":{\"prov\":\"江苏\"}}\n"
                + "{\"id\":\"M2\",\"paid\":\"2024-05-02T09:00:00\",\"item\":{\"sku\":\"W2\",\"n\":3},\"pay\":\"2997\",\"addr\":{\"prov\":\"苏\"}}\n");
        Path array = tmp.resolve("mall.json");
        Files.writeString(array, "[{\"id\":\"M3\",\"paid\":\"2024-05-03 10:00:00\",\"item\":{\"sku\":\"P10\",\"n\":2},\"pay\":11998,\"addr\":{\"prov\":\"Jiangsu\"}}]");

        fx.importFile(lines, mall);
        fx.importFile(array, mall);

        assertThat(fx.by("province")).singleElement().satisfies(r -> {
            assertThat(r.keys()).containsExactly("江苏");
            assertThat(r.qty()).isEqualTo(6);
            assertThat(r.amount()).isEqualByComparingTo("20994");
        });
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
