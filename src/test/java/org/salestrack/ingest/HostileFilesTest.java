package org.salestrack.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salestrack.ingest.profile.MappingProfile;
import org.salestrack.ingest.profile.ProfileCodec;

/**
 * The hostile-file corpus (issue 13 item 6), generated here rather than committed: an XLSX zip bomb, XML entity
 * expansion ("billion laughs"), JSON nested 100,000 deep, NUL bytes, formula cells (the cached value is read, the
 * formula never evaluated), and a seeded fuzz of the sample files. Each is refused with a reason or read
 * correctly, and nothing is ever half stored.
 */
class HostileFilesTest {
    /** More mutations for a bench run: -Dfuzz.mutations=20000. */
    static final int MUTATIONS = Integer.getInteger("fuzz.mutations", 2000);

    @TempDir
    Path tmp;
    IngestFixture fx;
    MappingProfile xlsx;

    @BeforeEach
    void setUp() throws Exception {
        fx = new IngestFixture(tmp);
        xlsx = IngestFixture.profile("jd-profile.json");
    }

    private long[] stored() throws Exception {
        try (Connection c = fx.workspace.connect(); ResultSet rs = c.createStatement().executeQuery(
                "SELECT (SELECT COUNT(*) FROM sale), (SELECT COUNT(*) FROM sale WHERE batch_id NOT IN (SELECT id FROM import_batch WHERE status = 'stored')), "
                        + "(SELECT COUNT(*) FROM import_batch WHERE status NOT IN ('stored', 'undone'))")) {
            return new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)};
        }
    }

    private ImportRejectedException refused(Path f, MappingProfile p) throws Exception {
        long t0 = System.nanoTime();
        Throwable e = org.assertj.core.api.Assertions.catchThrowable(() -> fx.importFile(f, p));
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(20));
        assertThat(e).as(f.getFileName() + " must be refused").isInstanceOf(ImportRejectedException.class);
        assertThat(stored()).containsExactly(0, 0, 0);
        return (ImportRejectedException) e;
    }

    /** A small JD-style workbook: headers and two orders, the amount of the second a formula. */
    private Path workbook(String name, boolean formula) throws Exception {
        Path f = tmp.resolve(name);
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(f)) {
            Sheet s = wb.createSheet("订单");
            Row h = s.createRow(0);
            String[] head = {"订单号", "收货地区", "下单时间", "商品编号", "数量", "应付金额"};
            for (int i = 0; i < head.length; i++) h.createCell(i).setCellValue(head[i]);
            Object[][] rows = {{"JD1", "广东", "2024/3/1 9:30", "P10", 1, 5999.0}, {"JD2", "四川", "2024/3/2 14:05", "W2", 2, 1998.0}};
            for (int r = 0; r < rows.length; r++) {
                Row row = s.createRow(r + 1);
                for (int c = 0; c < rows[r].length; c++) {
                    if (rows[r][c] instanceof Number n) row.createCell(c).setCellValue(n.doubleValue());
                    else row.createCell(c).setCellValue(rows[r][c].toString());
                }
            }
            if (formula) {
                // a formula whose cached value (1998) is not what evaluating it would give (2): the value is what counts
                s.getRow(2).getCell(5).setCellFormula("1+1");
                s.getRow(2).getCell(5).setCellValue(1998.0);
                // and one that would reach out of the file if anything evaluated it
                s.getRow(1).createCell(6).setCellFormula("HYPERLINK(\"http://evil.example/\",\"x\")");
            }
            wb.write(out);
        }
        return f;
    }

    /** Rewrites one entry of a zip (an XLSX) through {@code edit}. */
    private static Path rewrite(Path xlsx, Path out, String entry, java.util.function.UnaryOperator<byte[]> edit) throws Exception {
        try (ZipFile z = new ZipFile(xlsx.toFile()); ZipOutputStream zo = new ZipOutputStream(Files.newOutputStream(out))) {
            for (Enumeration<? extends ZipEntry> en = z.entries(); en.hasMoreElements(); ) {
                ZipEntry e = en.nextElement();
                byte[] data;
                try (InputStream in = z.getInputStream(e)) {
                    data = in.readAllBytes();
                }
                if (e.getName().equals(entry)) data = edit.apply(data);
                zo.putNextEntry(new ZipEntry(e.getName()));
                zo.write(data);
                zo.closeEntry();
            }
        }
        return out;
    }

    @Test
    void formulaCellsAreReadAsTheirValueNeverEvaluated() throws Exception {
        ImportResult r = fx.importFile(workbook("formula.xlsx", true), xlsx);
        assertThat(r.stored()).isEqualTo(2);
        assertThat(fx.total().amount()).isEqualByComparingTo("7997.00");
    }

    @Test
    void entityExpansionIsRefused() throws Exception {
        Path ok = workbook("plain.xlsx", false);
        StringBuilder dtd = new StringBuilder("<!DOCTYPE worksheet [<!ENTITY l0 \"lol\">");
        for (int i = 1; i <= 10; i++) {
            dtd.append("<!ENTITY l").append(i).append(" \"");
            for (int k = 0; k < 10; k++) dtd.append("&l").append(i - 1).append(';');
            dtd.append("\">");
        }
        dtd.append("]>");
        Path bomb = rewrite(ok, tmp.resolve("laughs.xlsx"), "xl/worksheets/sheet1.xml", b -> {
            String x = new String(b, StandardCharsets.UTF_8);
            int at = x.indexOf("<worksheet");
            return (x.substring(0, at) + dtd + x.substring(at).replace("<v>5999.0</v>", "<v>&l10;</v>")).getBytes(StandardCharsets.UTF_8);
        });
        ImportRejectedException e = refused(bomb, xlsx);
        // the DTD is never processed, so the entity is never expanded: the reference is simply undeclared
        assertThat(e.getMessage()).startsWith("laughs.xlsx: ").contains("The entity \"l10\" was referenced, but not declared");
    }

    @Test
    void aZipBombIsRefusedByTheInflateRatio() throws Exception {
        Path ok = workbook("plain.xlsx", false);
        Path bomb = rewrite(ok, tmp.resolve("bomb.xlsx"), "xl/worksheets/sheet1.xml", b -> {
            String x = new String(b, StandardCharsets.UTF_8);
            int at = x.lastIndexOf("</worksheet>");
            ByteArrayOutputStream o = new ByteArrayOutputStream();
            o.writeBytes(x.substring(0, at).getBytes(StandardCharsets.UTF_8));
            byte[] spaces = new byte[1 << 20];
            java.util.Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 64; i++) o.writeBytes(spaces);
            o.writeBytes(x.substring(at).getBytes(StandardCharsets.UTF_8));
            return o.toByteArray();
        });
        assertThat(Files.size(bomb)).isLessThan(1 << 20);
        ImportRejectedException e = refused(bomb, xlsx);
        assertThat(e.getMessage()).isEqualTo("bomb.xlsx: the XLSX workbook cannot be read (truncated or corrupt): an entry of the workbook "
                + "inflates to far more than any real sheet (a zip bomb), so it was not read");
    }

    @Test
    void jsonNested100000DeepIsRefusedWithoutAStackOverflow() throws Exception {
        MappingProfile json = ProfileCodec.read(write("json-profile.json", """
                {"name": "test-json", "kind": "sales",
                 "format": {"type": "json", "encoding": "auto", "delimiter": "auto", "decimal": ".", "headerRow": "auto", "sheet": null},
                 "fields": {"order_id": "receipt", "sold_at": {"column": "time", "format": "yyyy-MM-dd HH:mm:ss"}, "sku": "sku",
                            "qty": "qty", "amount": "amount", "channel": {"const": "POS"}}}
                """));
        StringBuilder deep = new StringBuilder(200_100);
        deep.append("[{\"receipt\": \"R1\", \"time\": \"2024-03-01 10:00:00\", \"sku\": \"P10\", \"qty\": 1, \"amount\": 5, \"x\": ");
        deep.append("[".repeat(100_000)).append("]".repeat(100_000)).append("}]");
        ImportRejectedException e = refused(write("deep.json", deep.toString()), json);
        assertThat(e.getMessage()).startsWith("deep.json: ").contains("nesting depth");
    }

    @Test
    void nulBytesAreRefusedOrStoredWithoutThem() throws Exception {
        String good = Files.readString(IngestFixture.resource("pos-good.csv"), StandardCharsets.UTF_8);
        Path f = write("nul.csv", good.replace("P10", "P\u000010").replace("广东省", "\u0000\u0000广东省"));
        MappingProfile pos = IngestFixture.profile("pos-profile.json");
        Throwable t = org.assertj.core.api.Assertions.catchThrowable(() -> fx.importFile(f, pos));
        if (t != null) {
            assertThat(t).isInstanceOf(ImportRejectedException.class);
            assertThat(stored()).containsExactly(0, 0, 0);
        } else {
            try (Connection c = fx.workspace.connect(); ResultSet rs = c.createStatement().executeQuery(
                    "SELECT COUNT(*) FROM product WHERE instr(sku, char(0)) > 0")) {
                assertThat(rs.getLong(1)).isZero();
            }
        }
    }

    private Path write(String name, String text) throws Exception {
        Path f = tmp.resolve(name);
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return f;
    }

    /**
     * 2,000 seeded mutations (bytes flipped, a cut, a stretch duplicated) of the sample CSVs and a workbook, each
     * imported with a 10 s limit: none hangs, none throws anything but a refusal, none leaves a partial batch.
     */
    @Test
    void fuzzedSampleFilesNeverCrashHangOrHalfStore() throws Exception {
        MappingProfile pos = IngestFixture.profile("pos-profile.json");
        List<byte[]> seeds = new ArrayList<>();
        List<MappingProfile> profiles = new ArrayList<>();
        for (String s : new String[] {"pos-good.csv", "few-bad.csv", "pos-overlap.csv", "ragged.csv"}) {
            seeds.add(Files.readAllBytes(IngestFixture.resource(s)));
            profiles.add(pos);
        }
        seeds.add(Files.readAllBytes(workbook("seed.xlsx", true)));
        profiles.add(xlsx);
        Random random = new Random(20261204L);
        ExecutorService one = Executors.newSingleThreadExecutor();
        int storedFiles = 0;
        int refusedFiles = 0;
        try {
            for (int i = 0; i < MUTATIONS; i++) {
                int k = random.nextInt(seeds.size());
                byte[] m = mutate(seeds.get(k), random);
                Path f = tmp.resolve("fuzz-" + i + (k == seeds.size() - 1 ? ".xlsx" : ".csv"));
                Files.write(f, m);
                MappingProfile p = profiles.get(k);
                Future<ImportResult> run = one.submit(() -> fx.importFile(f, p));
                try {
                    run.get(10, TimeUnit.SECONDS);
                    storedFiles++;
                } catch (java.util.concurrent.ExecutionException e) {
                    assertThat(e.getCause()).as("mutation " + i + " of seed " + k).isInstanceOf(ImportRejectedException.class);
                    refusedFiles++;
                }
                long[] s = stored();
                assertThat(s[1]).as("lines outside a stored batch after mutation " + i).isZero();
                assertThat(s[2]).as("batches left half-way after mutation " + i).isZero();
                Files.delete(f);
            }
        } finally {
            one.shutdownNow();
        }
        assertThat(storedFiles + refusedFiles).isEqualTo(MUTATIONS);
        assertThat(refusedFiles).isPositive();
        assertThat(storedFiles).isPositive();
    }

    static byte[] mutate(byte[] seed, Random r) {
        byte[] b = seed.clone();
        switch (r.nextInt(3)) {
            case 0 -> {
                int flips = 1 + r.nextInt(8);
                for (int i = 0; i < flips; i++) b[r.nextInt(b.length)] ^= (byte) (1 << r.nextInt(8));
            }
            case 1 -> b = java.util.Arrays.copyOf(b, r.nextInt(b.length));
            default -> {
                int from = r.nextInt(b.length);
                int len = Math.min(b.length - from, 1 + r.nextInt(64));
                int at = r.nextInt(b.length);
                ByteArrayOutputStream o = new ByteArrayOutputStream();
                o.write(b, 0, at);
                o.write(b, from, len);
                o.write(b, at, b.length - at);
                b = o.toByteArray();
            }
        }
        return b;
    }
}
